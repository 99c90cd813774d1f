package org.cooperatorlab.app.ui.sensors;

/** What the sensor panel asks of the live agents; the main view model applies it to every replayed agent. */
public interface SensorActions {

    /** Draws a new random sensor order now. */
    void shuffleNow();

    /** Moves the signal in slot {@code fromSlot} to slot {@code toSlot}, shifting the slots between. */
    void moveSensor(int fromSlot, int toSlot);

    /** Redraws the order every {@code everySteps} steps, or never for 0. */
    void setAutoShuffle(int everySteps);

    /** Whether a change of order moves the recurrent state with the signals. */
    void setRealignState(boolean realign);

    /** Sets the number of noise sensors. */
    void setNoiseChannels(int count);
}
