package org.cooperatorlab.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The order of the named blocks in a flat parameter vector. Matrices are stored row-major with
 * shape (out, in), the PyTorch convention, so a released PyTorch agent flattens to the same order.
 */
public final class ParameterLayout {

    /**
     * One named block of the flat vector.
     *
     * @param name the block name, for example {@code lstm.weight_ih}
     * @param rows rows of the block (1 for a vector)
     * @param columns columns of the block (the length for a vector)
     * @param offset index of the block's first element in the flat vector
     * @param matrix false for a vector, whose shape is written as [columns]
     */
    public record Block(String name, int rows, int columns, int offset, boolean matrix) {
        public int size() {
            return rows * columns;
        }

        public int[] shape() {
            return matrix ? new int[] {rows, columns} : new int[] {columns};
        }
    }

    private final List<Block> blocks;
    private final int size;

    private ParameterLayout(List<Block> blocks, int size) {
        this.blocks = Collections.unmodifiableList(blocks);
        this.size = size;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Total number of parameters. */
    public int size() {
        return size;
    }

    /**
     * Returns the block with this name.
     *
     * @throws IllegalArgumentException if the layout has no such block
     */
    public Block block(String name) {
        for (Block block : blocks) {
            if (block.name().equals(name)) {
                return block;
            }
        }
        throw new IllegalArgumentException("parameter layout has no block '" + name + "'");
    }

    public boolean contains(String name) {
        return blocks.stream().anyMatch(b -> b.name().equals(name));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Appends blocks in order, computing offsets. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();
        private int offset;

        public Builder matrix(String name, int rows, int columns) {
            return add(new Block(name, rows, columns, offset, true));
        }

        public Builder vector(String name, int length) {
            return add(new Block(name, 1, length, offset, false));
        }

        private Builder add(Block block) {
            if (block.rows() <= 0 || block.columns() <= 0) {
                throw new IllegalArgumentException("block '" + block.name() + "' must have a positive shape, was "
                        + block.rows() + " x " + block.columns());
            }
            blocks.add(block);
            offset += block.size();
            return this;
        }

        public ParameterLayout build() {
            return new ParameterLayout(new ArrayList<>(blocks), offset);
        }
    }
}
