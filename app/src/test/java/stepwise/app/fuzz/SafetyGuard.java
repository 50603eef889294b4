package stepwise.app.fuzz;

import java.io.File;
import java.io.FilePermission;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A security manager for tests (deprecated, still working on Java 17) that records what the code under
 * test must never do when it opens or runs a workflow: start a process, reach the network (a connection,
 * a name look-up, a listening socket), or read or write a file outside what the user chose. The
 * program's own files are not the user's and may be read: the JDK, the class path (and JavaFX's native libraries beside its jars
 * and in its cache), system fonts, and the JVM's look at its container. Everything else is allowed, so the JVM and the test runner go on.
 */
@SuppressWarnings("removal")
final class SafetyGuard extends SecurityManager {
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<Path> programFiles = new ArrayList<>();
    private final List<Path> chosen = new ArrayList<>();
    private volatile boolean armed;

    SafetyGuard(List<Path> userChose) {
        programFiles.add(Path.of(System.getProperty("java.home")).toAbsolutePath().normalize());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                Path p = Path.of(entry).toAbsolutePath().normalize();
                programFiles.add(p);
                if (entry.endsWith(".jar") && p.getParent() != null) {
                    programFiles.add(p.getParent()); // JavaFX looks for its native libraries beside its jar
                }
            }
        }
        programFiles.add(Path.of(System.getProperty("user.home"), ".openjfx", "cache")); // JavaFX's own native libraries
        for (String system : new String[] {"/usr/share/fonts", "/usr/share/fontconfig", "/etc/fonts", "/var/cache/fontconfig",
                "/proc/self", "/sys/fs/cgroup", "/proc/cgroups", "/dev/random", "/dev/urandom"}) {
            programFiles.add(Path.of(system));
        }
        for (Path p : userChose) {
            chosen.add(p.toAbsolutePath().normalize());
        }
    }

    /** Runs {@code work} with the guard on; answers what it caught. */
    static List<String> watch(List<Path> userChose, ThrowingRunnable work) throws Exception {
        SafetyGuard guard = new SafetyGuard(userChose);
        SecurityManager before = System.getSecurityManager();
        System.setSecurityManager(guard);
        guard.armed = true;
        try {
            work.run();
        } finally {
            guard.armed = false;
            System.setSecurityManager(before);
        }
        return List.copyOf(guard.violations);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public void checkPermission(Permission perm) {
        if (!armed) {
            return;
        }
        if (perm instanceof FilePermission f) {
            checkFile(f);
        } else if (perm instanceof SocketPermission s) {
            violation("network: " + s.getActions() + " " + s.getName());
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    @Override
    public void checkExec(String cmd) {
        if (armed) {
            violation("process: " + cmd);
            throw new SecurityException("no process may start while a workflow is opened or run: " + cmd);
        }
    }

    @Override
    public void checkConnect(String host, int port) {
        if (armed) {
            violation("network: connect " + host + ":" + port);
            throw new SecurityException("no connection while a workflow is opened or run: " + host + ":" + port);
        }
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
        checkConnect(host, port);
    }

    @Override
    public void checkListen(int port) {
        if (armed) {
            violation("network: listen " + port);
            throw new SecurityException("no listening socket while a workflow is opened or run");
        }
    }

    private void checkFile(FilePermission f) {
        String name = f.getName();
        if (name.equals("<<ALL FILES>>")) {
            violation("files: " + f.getActions() + " <<ALL FILES>>");
            return;
        }
        if (f.getActions().equals("execute")) {
            violation("process: execute " + name);
            return;
        }
        Path p;
        try {
            p = Path.of(name).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            violation("files: " + f.getActions() + " " + name);
            return;
        }
        boolean read = f.getActions().equals("read") || f.getActions().equals("readlink");
        if (chosen.stream().anyMatch(p::startsWith)) {
            return;
        }
        if (read && programFiles.stream().anyMatch(p::startsWith)) {
            return;
        }
        violation("files: " + f.getActions() + " " + p);
    }

    private void violation(String what) {
        StackTraceElement caller = null;
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            String c = e.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("sun.") && !c.startsWith("jdk.") && !c.equals(SafetyGuard.class.getName())) {
                caller = e;
                break;
            }
        }
        violations.add(what + " (by " + caller + " on " + Thread.currentThread().getName() + ")");
    }
}
