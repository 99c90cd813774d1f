package org.cooperatorlab.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void failureMidwayKeepsOldFile() throws IOException {
        Path target = folder.resolve("agent.json");
        Files.writeString(target, "old content");

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\"format\" : \"cooperator-lab-agent\", \"parameters\" : [0.1, 0.2".getBytes(StandardCharsets.UTF_8));
            throw new IOException("simulated crash in the middle of serialising");
        }));

        assertEquals("simulated crash in the middle of serialising", e.getMessage());
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of("agent.json"), fileNames());
    }

    @Test
    void uncheckedFailureMidwayKeepsOldFile() throws IOException {
        Path target = folder.resolve("agent.json");
        Files.writeString(target, "old content");

        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("serialiser bug");
        }));

        assertEquals("old content", Files.readString(target));
        assertEquals(List.of("agent.json"), fileNames());
    }

    @Test
    void successReplacesFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("agent.json");
        Files.writeString(target, "old content");

        AtomicFiles.write(target, out -> {
            out.write("new ".getBytes(StandardCharsets.UTF_8));
            out.close();
            out.write("content".getBytes(StandardCharsets.UTF_8));
        });

        assertEquals("new content", Files.readString(target));
        assertEquals(List.of("agent.json"), fileNames());
    }

    @Test
    void agentWriteCreatesMissingFile() throws IOException {
        Path target = folder.resolve("new-agent.json");

        AgentFiles.write(target, AgentFileFixtures.cartPoleAgent(2));

        assertEquals(AgentFileFixtures.cartPoleAgent(2), AgentFiles.read(target));
        assertEquals(List.of("new-agent.json"), fileNames());
    }

    @Test
    void permissionsOfReplacedFileAreKept() throws IOException {
        Path target = folder.resolve("agent.json");
        Files.writeString(target, "old content");
        assumeTrue(Files.getFileAttributeView(target, PosixFileAttributeView.class) != null, "POSIX file system");
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, permissions);

        AtomicFiles.write(target, out -> out.write('x'));

        assertEquals(permissions, Files.getPosixFilePermissions(target));
    }

    @Test
    void newFileIsReadableByOthers() throws IOException {
        Path target = folder.resolve("agent.json");
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "POSIX file system");

        AtomicFiles.write(target, out -> out.write('x'));

        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(target));
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
