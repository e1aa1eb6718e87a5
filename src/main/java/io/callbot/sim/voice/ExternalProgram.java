package io.callbot.sim.voice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A command-line program found on the {@code PATH} (espeak-ng, flite, festival, sox), run without a shell. Immutable;
 * {@link #run} is safe from any thread (each call starts its own process).
 *
 * @param name the program's name, as looked up on the PATH
 * @param path where it was found
 * @param debianPackages what to {@code apt-get install} when it is missing, for error messages
 */
record ExternalProgram(String name, Path path, String debianPackages) {

    private static final long TIMEOUT_SECONDS = 120;

    /** Finds {@code name} on the PATH, or explains which package provides it. */
    static ExternalProgram find(String name, String debianPackages) {
        return lookup(name).map(p -> new ExternalProgram(name, p, debianPackages))
                .orElseThrow(() -> new VoiceUnavailableException("the program '" + name + "' is not on the PATH"
                        + " (install it: apt-get install " + debianPackages + ")"));
    }

    static Optional<Path> lookup(String name) {
        String pathVariable = System.getenv().getOrDefault("PATH", "");
        for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs the program with {@code args}, writing {@code stdin} (may be null) to it; returns its standard output. */
    byte[] run(List<String> args, String stdin) {
        List<String> command = new ArrayList<>();
        command.add(path.toString());
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new VoiceUnavailableException("cannot start " + name + ": " + e.getMessage(), e);
        }
        // drain both streams concurrently: a program blocked on a full stderr pipe never exits
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the program may exit without reading its input; its exit code tells
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new VoiceUnavailableException(name + " did not finish in " + TIMEOUT_SECONDS + " s: " + args);
            }
            byte[] stdout = out.join();
            String stderr = new String(err.join(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new VoiceUnavailableException(name + " exited with " + process.exitValue() + " for " + args
                        + (stderr.isEmpty() ? "" : ": " + stderr));
            }
            return stdout;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new VoiceUnavailableException(name + " was interrupted", e);
        }
    }

    /** Runs the program and returns its standard output as text. */
    String runForText(List<String> args) {
        return new String(run(args, null), StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
