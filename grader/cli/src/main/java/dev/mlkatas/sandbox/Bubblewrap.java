package dev.mlkatas.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The sandbox of Debian's bubblewrap ({@code bwrap}): fresh PID, mount, network, IPC and UTS namespaces, an
 * unprivileged user, the repository read-only, a private {@code /tmp}, an empty environment, and limits on
 * processes and file size set by util-linux's {@code prlimit} inside before it starts the JVM.
 *
 * <p>Example: {@code Bubblewrap.probe(Jail.of(repository, List.of())).isolated()}
 */
final class Bubblewrap implements Sandbox {

    /** Processes (and threads) the sandboxed user may have at once: a JVM with its test engine needs ~100. */
    static final int MAX_PROCESSES = 1024;
    /** The largest file the sandbox may write, in bytes (1 GiB): its output included. */
    static final long MAX_FILE_BYTES = 1L << 30;
    /** The user inside: {@code nobody}. */
    private static final String UID = "65534";
    /** The sandbox's host name. */
    private static final String HOSTNAME = "kata";
    /** What the JVM reads of {@code /etc}: the JDK's configuration, users, time zone, fonts, the loader. */
    private static final List<String> ETC = List.of("/etc/alternatives", "/etc/passwd", "/etc/group",
            "/etc/nsswitch.conf", "/etc/localtime", "/etc/timezone", "/etc/ld.so.cache", "/etc/fonts");

    private final Path bwrap;
    private final Jail jail;
    private final Path javaHome;

    private Bubblewrap(Path bwrap, Jail jail) {
        this.bwrap = bwrap;
        this.jail = jail;
        this.javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
    }

    static Sandbox probe(Jail jail) {
        Optional<Path> found = onPath("bwrap");
        if (found.isEmpty()) {
            return Sandbox.none("bubblewrap (bwrap) is not installed");
        }
        Bubblewrap sandbox = new Bubblewrap(found.get(), jail);
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("kata-sandbox-probe-");
            Path output = scratch.resolve("probe.txt");
            List<String> java = List.of(sandbox.javaHome.resolve("bin/java").toString(), "-version");
            Process process = new ProcessBuilder(sandbox.wrap(java, Map.of(), scratch, List.of(), List.of()))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Sandbox.none("bubblewrap did not start a JVM within 60 s");
            }
            if (process.exitValue() != 0) {
                String said = Files.readAllLines(output, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                return Sandbox.none("bubblewrap failed its probe run (exit code " + process.exitValue() + ")"
                        + (said.isBlank() ? "" : ": " + said.strip()));
            }
            return sandbox;
        } catch (IOException e) {
            return Sandbox.none("bubblewrap cannot be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sandbox.none("interrupted while probing bubblewrap");
        } finally {
            deleteTree(scratch);
        }
    }

    @Override
    public boolean isolated() {
        return true;
    }

    @Override
    public String description() {
        return "sandboxed (bubblewrap: no network, read-only repository, private /tmp, unprivileged user)";
    }

    @Override
    public List<String> wrap(List<String> command, Map<String, String> environment, Path scratch,
            List<Path> readOnly, List<Path> classpath) {
        List<String> args = new ArrayList<>(List.of(bwrap.toString(),
                "--die-with-parent", "--new-session",
                "--unshare-user", "--uid", UID, "--gid", UID,
                "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
                "--hostname", HOSTNAME));
        for (String system : List.of("/usr", "/bin", "/lib", "/lib64", "/lib32", "/sbin")) {
            args.addAll(List.of("--ro-bind-try", system, system));
        }
        for (String etc : etcFiles()) {
            args.addAll(List.of("--ro-bind-try", etc, etc));
        }
        args.addAll(List.of("--ro-bind", hostsFile(scratch).toString(), "/etc/hosts"));
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        Set<Path> readable = new LinkedHashSet<>();
        readable.add(javaHome.toAbsolutePath());
        readable.add(jail.repository());
        for (Path entry : classpath) {
            Path absolute = entry.toAbsolutePath().normalize();
            if (!absolute.startsWith(jail.repository()) && !absolute.startsWith(scratch)) {
                readable.add(absolute);
            }
        }
        for (Path path : readable) {
            if (!path.startsWith("/usr")) {
                args.addAll(List.of("--ro-bind-try", path.toString(), path.toString()));
            }
        }
        for (Path hidden : jail.outOfSight()) {
            if (hidden.startsWith(jail.repository()) && Files.isDirectory(hidden)) {
                args.addAll(List.of("--tmpfs", hidden.toString()));
            }
        }
        args.addAll(List.of("--bind", scratch.toString(), scratch.toString()));
        for (Path path : readOnly) {
            args.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        // bwrap keeps the working folder it was started in (the run's, inside the scratch folder).
        args.addAll(List.of("--clearenv",
                "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin",
                "--setenv", "JAVA_HOME", javaHome.toString(),
                "--setenv", "LANG", "C.UTF-8",
                "--setenv", "HOME", "/tmp"));
        // The caller's environment (the process sweep's marker among it) reaches the JVM; HOME stays /tmp,
        // since the grader's home is not mounted.
        environment.forEach((name, value) -> {
            if (!name.equals("HOME")) {
                args.addAll(List.of("--setenv", name, value));
            }
        });
        args.addAll(List.of("--", "prlimit", "--nproc=" + MAX_PROCESSES, "--fsize=" + MAX_FILE_BYTES, "--core=0",
                "--"));
        args.addAll(command);
        return args;
    }

    /**
     * The sandbox's {@code /etc/hosts}, written into the run's scratch folder: its own name, {@code kata}, is the
     * loopback address, as on any machine, so that code asking for the local host (Hadoop's job runner does, for
     * every job) finds it in a sandbox without a network.
     */
    private static Path hostsFile(Path scratch) {
        Path hosts = scratch.resolve("etc-hosts");
        try {
            Files.writeString(hosts, "127.0.0.1 localhost " + HOSTNAME + "\n::1 localhost ip6-localhost ip6-loopback\n",
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox's hosts file in " + scratch, e);
        }
        return hosts;
    }

    /** The files of {@code /etc} the JVM reads, and the JDK's own folders there ({@code /etc/java-17-openjdk}). */
    private static List<String> etcFiles() {
        List<String> files = new ArrayList<>(ETC);
        try (Stream<Path> etc = Files.list(Path.of("/etc"))) {
            etc.filter(p -> p.getFileName().toString().startsWith("java")).map(Path::toString).sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            // No /etc to read: the probe run says whether the JVM starts without it.
        }
        return files;
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin";
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, program);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover probe folder is not worth failing a grade for.
        }
    }
}
