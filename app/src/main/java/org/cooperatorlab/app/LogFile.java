package org.cooperatorlab.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's log file, {@code ~/.cooperator-lab/cooperator-lab.log}, appended to by every
 * start so that an error report from an earlier session is not lost. The command line logs to
 * stderr only.
 */
final class LogFile {

    private LogFile() {
    }

    /** Returns the log file's path. */
    static Path path() {
        return Path.of(System.getProperty("user.home"), ".cooperator-lab", "cooperator-lab.log");
    }

    /**
     * Adds the file to the root logger at INFO. When the folder cannot be created, logging stays on
     * stderr, which gets one line with the reason.
     */
    static void install() {
        Path file = path();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | SecurityException e) {
            System.err.println("warning: no log file, because " + file.getParent() + " cannot be created: " + e.getMessage());
            return;
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        if (appender.isStarted()) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        } else {
            System.err.println("warning: no log file, because " + file + " cannot be opened");
        }
    }
}
