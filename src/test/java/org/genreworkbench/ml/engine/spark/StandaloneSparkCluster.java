package org.genreworkbench.ml.engine.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone master and one worker, each a child JVM on loopback started from this JVM's class path, as
 * Spark's {@code start-master.sh} and {@code start-worker.sh} would start them from an installation.
 *
 * <p>The worker starts executors through Spark's launcher, which builds their command from a Spark installation:
 * {@code SPARK_HOME} with a {@code jars/} folder (an empty one here: the executor's class path is the driver's,
 * given as {@code spark.executor.extraClassPath}) and the Scala version ({@code SPARK_SCALA_VERSION}, which an
 * installation's scripts set). Close kills the worker's executors, the worker and the master, whatever happened,
 * also while {@link #start} is still under way on another thread.
 */
final class StandaloneSparkCluster implements AutoCloseable {
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
    private static final Pattern WORKER_REGISTERED = Pattern.compile("Successfully registered with master");

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private boolean closed;
    private boolean scalaVersionGiven = true;
    /** Kills the children if this JVM exits without closing the cluster (a test run stopped by a timeout). */
    private final Thread killOnExit = new Thread(this::close, "kill the Spark master and worker");

    /** A cluster to start in {@code dir}, which keeps its logs, its worker's work folder and a stand-in SPARK_HOME. */
    StandaloneSparkCluster(Path dir) {
        this.dir = dir;
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** A worker whose stand-in installation does not say its Scala version: it cannot start an executor. */
    StandaloneSparkCluster withoutScalaVersion() {
        scalaVersionGiven = false;
        return this;
    }

    /**
     * Starts the master on a free loopback port (port 0, read back from its log), then a worker of {@code cores}
     * cores and {@code workerMemory} (as {@code 1g}) for executors, and waits until it has registered.
     *
     * @return the master's URL, {@code spark://127.0.0.1:port}
     */
    String start(int cores, String workerMemory, long timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home"));
        Files.createDirectories(sparkHome.resolve("jars"));
        Path work = Files.createDirectories(dir.resolve("work"));
        // the master's web UI cannot be turned off; port 0 leaves it nothing to collide with
        Process master = launch("master", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", "0", "--webui-port", "0");
        String url = await(master, "master", MASTER_URL, deadline).group(1);
        Process worker = launch("worker", "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--webui-port", "0", "--cores", Integer.toString(cores),
                "--memory", workerMemory, "--work-dir", work.toString(), url);
        await(worker, "worker", WORKER_REGISTERED, deadline);
        return url;
    }

    /** What the worker wrote: executors started, and why one exited. */
    String workerLog() throws IOException {
        return Files.readString(dir.resolve("worker.log"), StandardCharsets.UTF_8);
    }

    private Process launch(String name, String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(sparkJvmFlags());
        // the master and worker only pass messages: the quick compiler is enough and starts them sooner
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(Arrays.asList(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        // inherited by the executors the worker starts: everything on loopback, and the stand-in installation
        // for the launcher that builds their command
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        if (scalaVersionGiven) {
            builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        }
        synchronized (processes) {
            if (closed) {
                throw new IllegalStateException("the cluster was closed while starting");
            }
            Process process = builder.start();
            processes.add(process);
            return process;
        }
    }

    /** The JVM options Spark 4 needs on JDK 17: the pom's spark.jvm.flags, handed to the tests by Surefire. */
    private static List<String> sparkJvmFlags() {
        String flags = System.getProperty("spark.jvm.flags");
        if (flags == null || flags.isBlank()) {
            throw new IllegalStateException("the system property spark.jvm.flags is not set (Surefire sets it from the pom)");
        }
        return Arrays.asList(flags.strip().split("\\s+"));
    }

    /** Waits until the process's log has a line matching {@code ready}; fails with the log if it exits first. */
    private Matcher await(Process process, String name, Pattern ready, long deadline)
            throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        while (true) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher matcher = ready.matcher(text);
            if (matcher.find()) {
                return matcher;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the Spark " + name + " exited with " + process.exitValue() + ":\n" + text);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Spark " + name + " was not ready in time:\n" + text);
            }
            Thread.sleep(100);
        }
    }

    /** Kills the executors, the worker and the master (children first: killing a JVM leaves its children). */
    @Override
    public void close() {
        List<Process> started;
        synchronized (processes) {
            closed = true;
            started = new ArrayList<>(processes);
        }
        if (Thread.currentThread() != killOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException exiting) {
                // the JVM is exiting: the hook runs this anyway
            }
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            Process process = started.get(i);
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
