package org.cooperatorlab.model.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whole-file writes that readers observe either completely or not at all. */
public final class AtomicFiles {

    /** Writes the content of a file to a stream, which the caller closes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    /** Symbolic links followed before giving up, the Linux kernel's own limit. */
    private static final int MAX_LINK_DEPTH = 40;
    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to a temporary file in the target's folder, forces it to disk, then
     * renames it over {@code target} in one atomic step. If writing fails at any point, or the
     * process dies, {@code target} keeps its previous content; on a failure the temporary file is
     * deleted and the exception rethrown.
     *
     * @throws java.nio.file.AtomicMoveNotSupportedException if the file system cannot rename atomically
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = checkTarget(target);
        Path folder = absolute.getParent();
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            copyPermissions(absolute, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // The content may close its stream; the channel must stay open for force().
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        this.out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            forceFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Returns the file that a write to {@code target} replaces: the target itself, or the file a
     * symbolic link points to, so that writing through a link updates the linked file and keeps
     * the link. Checks, before any work is done, that the result can be replaced atomically.
     *
     * @throws FileSystemException naming the path when it is a folder, a device, a pipe or
     *     another non-regular file, when its folder does not exist or is not writable, or when
     *     links nest more than {@value #MAX_LINK_DEPTH} deep
     */
    public static Path checkTarget(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        for (int depth = 0; Files.isSymbolicLink(absolute); depth++) {
            if (depth == MAX_LINK_DEPTH) {
                throw new FileSystemException(target.toString(), null, "symbolic links nest too deep; give the file's real path");
            }
            absolute = absolute.resolveSibling(Files.readSymbolicLink(absolute)).toAbsolutePath().normalize();
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            String kind = Files.isDirectory(absolute) ? "is a folder" : "is not a regular file (a device or a pipe, say)";
            throw new FileSystemException(target.toString(), null, kind + "; give a file name to write to");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileSystemException(target.toString(), null, "folder " + folder + " does not exist; create it first");
        }
        if (!Files.isWritable(folder)) {
            throw new FileSystemException(target.toString(), null, "folder " + folder + " is not writable");
        }
        return absolute;
    }

    /**
     * Gives the temporary file the permissions of the file it replaces, or rw-r--r-- for a new
     * file, because a temporary file is created readable by its owner only.
     */
    private static void copyPermissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : NEW_FILE_PERMISSIONS);
        }
    }

    /** Forces the rename itself to disk where the platform allows opening a folder, as Linux does. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("could not force folder {} to disk: {}", folder, e.toString());
        }
    }
}
