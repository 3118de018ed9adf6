// Embedded Neo4j Community with Bolt on 127.0.0.1:<port>, data and logs under <dataDir>, locked down:
// auth on (user neo4j, the password is the first line the parent writes on our stdin), LOAD CSV
// without file URLs and with an empty import folder, limits on transaction time, memory and
// concurrency, and a watchdog (Watchdog.java) that stops a terminated query that keeps running (a Cypher
// expression such as a huge reduce() never checks for termination): its thread first, the JVM if that fails
// (it frees the core). Prints one readiness line on stdout; stops on SIGTERM/SIGINT or when stdin closes,
// so a parent that dies (and closes our stdin pipe) never leaves an orphan JVM holding the store lock.
//
// Usage: java -jar neo4j-launcher.jar <dataDir> <port> [--name=value …]; options and defaults in Limits.
package policygraph.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class Neo4jLauncher {
    private static final long AVAILABLE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(2);
    /** Exit status when the watchdog ends a runaway query (the parent may restart us). */
    static final int EXIT_RUNAWAY = 3;

    /** Limits; each can be overridden with --name=value (neo4j/server.ts passes its options). */
    static final class Limits {
        /** db.transaction.timeout: any transaction, also analysts' own Bolt clients. */
        long txTimeoutSeconds = 300;
        /** db.memory.transaction.max, in MiB. */
        long txMemoryMb = 384;
        /** dbms.memory.transaction.total.max, in MiB (the heap is 1 GiB). */
        long txMemoryTotalMb = 640;
        /** db.transaction.concurrent.maximum. */
        int maxTransactions = 32;
        /** server.bolt.thread_pool_max_size. */
        int boltThreads = 32;
        /** Seconds a terminated transaction may keep running before the watchdog ends the JVM. */
        long runawayGraceSeconds = 10;

        static Limits parse(String[] args, int from) {
            Limits l = new Limits();
            Map<String, String> given = new HashMap<>();
            for (int i = from; i < args.length; i++) {
                String a = args[i];
                int eq = a.indexOf('=');
                if (!a.startsWith("--") || eq < 0) throw new IllegalArgumentException("expected --name=value, got " + a);
                given.put(a.substring(2, eq), a.substring(eq + 1));
            }
            for (Map.Entry<String, String> e : given.entrySet()) {
                long v = Long.parseLong(e.getValue());
                switch (e.getKey()) {
                    case "tx-timeout-s" -> l.txTimeoutSeconds = v;
                    case "tx-memory-mb" -> l.txMemoryMb = v;
                    case "tx-memory-total-mb" -> l.txMemoryTotalMb = v;
                    case "max-transactions" -> l.maxTransactions = (int) v;
                    case "bolt-threads" -> l.boltThreads = (int) v;
                    case "runaway-grace-s" -> l.runawayGraceSeconds = v;
                    default -> throw new IllegalArgumentException("unknown option --" + e.getKey());
                }
            }
            return l;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("neo4j-launcher: expected arguments <dataDir> <port> [--name=value …], got " + args.length);
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Limits limits;
        try {
            limits = Limits.parse(args, 2);
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-launcher: " + e.getMessage());
            System.exit(2);
            return;
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = stdin.readLine();
        if (password == null || password.length() < 8) {
            System.err.println("neo4j-launcher: expected the password (8+ characters) as the first line on stdin");
            System.exit(2);
        }

        DatabaseManagementService dbms;
        try {
            dbms = start(dataDir, port, limits);
        } catch (RuntimeException e) {
            System.err.println("neo4j-launcher: could not start Neo4j in " + dataDir + " on port " + port);
            e.printStackTrace();
            System.exit(1);
            return;
        }
        // SIGTERM, Ctrl-C's SIGINT (or System.exit) runs this hook; Neo4j's shutdown waits for running transactions, and one
        // that ignores termination would keep the JVM alive past SIGTERM: halt 15 s after the stop began.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Watchdog.haltAfter(TimeUnit.SECONDS.toMillis(15), 143);
            dbms.shutdown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(AVAILABLE_TIMEOUT_MS)) {
            System.err.println("neo4j-launcher: database '" + db.databaseName() + "' not available after "
                    + AVAILABLE_TIMEOUT_MS + " ms; see " + dataDir.resolve("logs/debug.log"));
            System.exit(1);
        }
        // Embedded calls run with full rights: set the one user's password (first start or reset).
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the same password again is refused as "old and new password are the same": nothing to do.
            if (!String.valueOf(e.getMessage()).contains("same")) throw e;
        }
        Watchdog.start(db, limits);
        System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
        System.out.flush();

        waitForStdinEof(stdin);
        // The shutdown waits for running transactions; one that ignores termination would hold it forever.
        Watchdog.haltAfter(TimeUnit.SECONDS.toMillis(15), 0);
        System.exit(0); // runs the shutdown hook
    }

    private static DatabaseManagementService start(Path dataDir, int port, Limits limits) throws RuntimeException {
        Path importDir = dataDir.resolve("import-empty");
        try {
            Files.createDirectories(importDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + importDir, e);
        }
        return new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnector.thread_pool_max_size, limits.boltThreads)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // LOAD CSV: no file:// URLs at all, and an empty import root should that ever change.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                // Limits for every client, also analysts' own Bolt tools.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(limits.txTimeoutSeconds))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(limits.txMemoryMb))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(limits.txMemoryTotalMb))
                .setConfig(GraphDatabaseSettings.max_concurrent_transactions, limits.maxTransactions)
                // Small box, small graph: keep memory modest and don't preallocate transaction logs.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Bolt otherwise waits 2 x 5 s for connections that a local single-user server never has.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
    }

    /** Blocks until the parent closes our stdin (normal stop or parent death). */
    private static void waitForStdinEof(BufferedReader in) {
        char[] buffer = new char[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone: stop as for EOF.
        }
    }
}
