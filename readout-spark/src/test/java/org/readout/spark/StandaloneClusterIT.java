package org.readout.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.extract.Readout;

/**
 * The shaded jar submitted to a Spark standalone master with two workers on 127.0.0.1, each a JVM of its own,
 * whose executors are JVMs again: what must survive serialisation (the Readout's config, the Hadoop
 * configuration, the rows) crosses process boundaries here. A folder whose jars/ links the test's Spark jars
 * stands in for a Spark distribution. The processes' output goes to files in the temporary folder.
 */
class StandaloneClusterIT {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration JOB = Duration.ofMinutes(4);
    private static final List<String> WORKERS = List.of("worker1", "worker2");
    private static final Pattern TWO_ALIVE = Pattern.compile("\"aliveworkers\"\\s*:\\s*2\\b");
    private static final List<Process> STARTED = new ArrayList<>();

    @TempDir
    static Path dir;
    private static Path home;

    @BeforeAll
    static void startMasterAndTwoWorkers() throws IOException, InterruptedException {
        home = sparkHome();
        int port = freePort();
        int webPort = freePort();
        STARTED.add(start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", String.valueOf(webPort)));
        for (String worker : WORKERS) {
            STARTED.add(start(worker, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                    "--memory", "1g", "--webui-port", "0", "--work-dir", dir.resolve(worker + "-work").toString(),
                    "spark://127.0.0.1:" + port));
        }
        // the processes log through the tests' slf4j-nop: the master's state page says when both workers are in
        awaitTwoWorkers(URI.create("http://127.0.0.1:" + webPort + "/json/"));
        Files.writeString(dir.resolve("master.url"), "spark://127.0.0.1:" + port);
    }

    @AfterAll
    static void stopCluster() throws IOException, InterruptedException {
        for (Process p : STARTED) {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        // JUnit warns of each link it deletes that points out of the temporary folder
        try (Stream<Path> links = Files.list(home.resolve("jars"))) {
            for (Path link : links.toList()) {
                Files.delete(link);
            }
        }
    }

    @Test
    void theSubmittedJarWritesTheExportsTablesFromTwoExecutors() throws Exception {
        Path output = dir.resolve("spark");
        Process submit = start("submit", "org.apache.spark.deploy.SparkSubmit", "--master",
                Files.readString(dir.resolve("master.url")), "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--executor-memory", "1g",
                "--class", SparkExtract.class.getName(), shadedJar().toString(),
                "--partitions", "2", ExportComparison.examples().toString(), output.toString());
        assertThat(submit.waitFor(JOB.toSeconds(), TimeUnit.SECONDS)).as("job done in time").isTrue();
        assertThat(submit.exitValue()).as("see submit.log").isZero();

        ExportComparison.of(ExportComparison.examples(), dir, Readout.create()).assertSameOutput(output);
        // each worker launched an executor JVM for the job, in a folder of its work dir
        for (String worker : WORKERS) {
            try (Stream<Path> apps = Files.list(dir.resolve(worker + "-work"))) {
                assertThat(apps.toList()).as(worker).singleElement()
                        .satisfies(app -> assertThat(app.toFile().list()).isNotEmpty());
            }
        }
    }

    private static Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(System.getProperty("readout.spark.jvm.options").split(" ")));
        command.addAll(List.of("-cp", home.resolve("jars") + File.separator + "*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // without it the launcher looks for a source tree's build folders to learn the Scala version
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    /** SPARK_HOME/jars holding the test's jars but Readout's own: the submitted jar brings those. */
    private static Path sparkHome() throws IOException {
        Path jars = Files.createDirectories(dir.resolve("spark-home").resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (entry.endsWith(".jar") && !entry.contains("org" + File.separator + "readout") && Files.isRegularFile(jar)
                    && Files.notExists(jars.resolve(jar.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        return jars.getParent();
    }

    private static Path shadedJar() {
        Path jar = Path.of("target", "readout-spark.jar").toAbsolutePath();
        assertThat(jar).as("built by package, before this test").isRegularFile();
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitTwoWorkers(URI state) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(START);
        while (Instant.now().isBefore(end)) {
            try {
                String body = http.send(HttpRequest.newBuilder(state).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (TWO_ALIVE.matcher(body).find()) {
                    return;
                }
            } catch (IOException e) {
                // the master is not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("two workers not registered with the master within " + START.toSeconds() + " s");
    }
}
