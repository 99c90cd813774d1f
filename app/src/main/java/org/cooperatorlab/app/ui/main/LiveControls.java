package org.cooperatorlab.app.ui.main;

import java.util.List;
import java.util.function.Supplier;
import org.cooperatorlab.app.ui.live.LivePlayback;
import org.cooperatorlab.app.ui.sensors.Permutations;
import org.cooperatorlab.app.ui.sensors.SensorActions;

/**
 * The user's playback and sensor settings, applied to every live agent of the window: speed,
 * pause, single step, shuffles, sensor moves, auto-shuffle, re-alignment and noise sensors. New
 * playbacks get the current settings through {@link #configure(LivePlayback)}. In compare mode
 * every agent sees the same sensor order. Used on the JavaFX thread only.
 */
public final class LiveControls implements SensorActions {

    private final Supplier<List<RunSlot>> slots;
    private double speed = 1.0;
    private boolean paused;
    private boolean realign;
    private int autoShuffle;

    LiveControls(Supplier<List<RunSlot>> slots) {
        this.slots = slots;
    }

    /** Gives a new playback the current speed, pause, re-alignment and auto-shuffle settings. */
    void configure(LivePlayback playback) {
        playback.setSpeed(speed);
        playback.setPaused(paused);
        playback.setRealignState(realign);
        playback.setAutoShuffle(autoShuffle);
    }

    public void setSpeed(double newSpeed) {
        speed = newSpeed;
        slots.get().forEach(slot -> slot.playback().setSpeed(newSpeed));
    }

    public double speed() {
        return speed;
    }

    public void setPaused(boolean pause) {
        paused = pause;
        slots.get().forEach(slot -> slot.playback().setPaused(pause));
    }

    public boolean paused() {
        return paused;
    }

    /** Advances every live episode by exactly one step. */
    public void step() {
        slots.get().forEach(slot -> slot.playback().stepOnce());
    }

    @Override
    public void shuffleNow() {
        List<RunSlot> current = slots.get();
        if (current.isEmpty()) {
            return;
        }
        LivePlayback first = current.get(0).playback();
        first.shuffleNow();
        int[] order = first.environment().permutation();
        for (int i = 1; i < current.size(); i++) {
            current.get(i).playback().setPermutation(order);
        }
    }

    @Override
    public void moveSensor(int fromSlot, int toSlot) {
        List<RunSlot> current = slots.get();
        if (current.isEmpty()) {
            return;
        }
        int[] order = Permutations.move(current.get(0).playback().environment().permutation(), fromSlot, toSlot);
        current.forEach(slot -> slot.playback().setPermutation(order));
    }

    @Override
    public void setAutoShuffle(int everySteps) {
        autoShuffle = everySteps;
        slots.get().forEach(slot -> slot.playback().setAutoShuffle(everySteps));
    }

    @Override
    public void setRealignState(boolean on) {
        realign = on;
        slots.get().forEach(slot -> slot.playback().setRealignState(on));
    }

    /** Sets the number of noise sensors of every permutation-invariant live agent; fixed-size models keep theirs at 0. */
    @Override
    public void setNoiseChannels(int count) {
        for (RunSlot slot : slots.get()) {
            if (slot.spec().kind().permutationInvariant()) {
                slot.playback().setNoiseChannels(count);
            }
        }
    }
}
