package dev.frontline.embedding;

import dev.frontline.core.port.Embedder;
import dev.frontline.core.port.ModelCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Vectors of the texts the bot knows in advance (answer-bank examples, phrasebook lines, accepted
 * lines), kept across restarts in {@code <data>/vector-cache.db} by content hash (SHA-256 of model
 * id and text), so a start embeds only what changed: the model needs 10-20 s for 2,500 lines here.
 * The same file keeps trained models by the hash of what they were trained on ({@link ModelCache}).
 * A cache, not a record: deleting the file costs one slow start. Customer messages do not go
 * through it (their vectors come from the plain embedder), so it holds no customer text.
 * If the file cannot be opened the vectors are simply computed, as without a cache.
 */
public final class StoredVectors implements Embedder, ModelCache, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StoredVectors.class);
    public static final String FILE = "vector-cache.db";

    private final Embedder inner;
    private final Connection connection;
    private final ConcurrentHashMap<String, float[]> memory = new ConcurrentHashMap<>();
    private final java.util.Map<String, String> models = new java.util.HashMap<>();
    private int loaded;
    private int computed;

    private StoredVectors(Embedder inner, Connection connection) {
        this.inner = inner;
        this.connection = connection;
    }

    /** Opens (creating) the cache in {@code dataDir}; any failure leaves an in-memory cache and a warning. */
    public static StoredVectors open(Embedder inner, Path dataDir) {
        Connection c = null;
        try {
            Files.createDirectories(dataDir);
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // A lost write costs one re-embedding, so no fsync per vector.
            config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            config.setBusyTimeout(5000);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + dataDir.resolve(FILE).toAbsolutePath());
            c = ds.getConnection();
            try (var st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, model TEXT NOT NULL, vector BLOB NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS trained_models (key TEXT PRIMARY KEY, model TEXT NOT NULL)");
            }
        } catch (java.io.IOException | SQLException e) {
            log.warn("Cannot open the vector cache in {} ({}); vectors are computed at every start", dataDir, e.getMessage());
            c = null;
        }
        StoredVectors stored = new StoredVectors(inner, c);
        stored.loadAll();
        return stored;
    }

    /** Only in memory, e.g. for tests and benchmarks without a data folder. */
    public static StoredVectors inMemory(Embedder inner) {
        return new StoredVectors(inner, null);
    }

    private synchronized void loadAll() {
        if (connection == null) return;
        try (PreparedStatement ps = connection.prepareStatement("SELECT key, vector FROM vectors WHERE model = ?")) {
            ps.setString(1, inner.modelId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    memory.put(rs.getString(1), decode(rs.getBytes(2)));
                    loaded++;
                }
            }
        } catch (SQLException e) {
            log.warn("Cannot read the vector cache ({}); vectors are computed", e.getMessage());
        }
    }

    @Override
    public String modelId() {
        return inner.modelId();
    }

    @Override
    public float[] embed(String text) {
        String key = key(inner.modelId(), text == null ? "" : text);
        float[] v = memory.get(key);
        if (v != null) return v;
        v = inner.embed(text);
        if (memory.putIfAbsent(key, v) == null) store(key, v);
        return v;
    }

    private synchronized void store(String key, float[] v) {
        computed++;
        if (connection == null) return;
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO vectors (key, model, vector) VALUES (?,?,?)")) {
            ps.setString(1, key);
            ps.setString(2, inner.modelId());
            ps.setBytes(3, encode(v));
            ps.executeUpdate();
        } catch (SQLException e) {
            log.warn("Cannot write to the vector cache ({})", e.getMessage());
        }
    }

    @Override
    public synchronized Optional<String> find(String key) {
        if (connection == null) return Optional.ofNullable(models.get(key));
        try (PreparedStatement ps = connection.prepareStatement("SELECT model FROM trained_models WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            log.warn("Cannot read a trained model from the cache ({})", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(String key, String model) {
        if (connection == null) {
            models.put(key, model);
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO trained_models (key, model) VALUES (?,?)")) {
            ps.setString(1, key);
            ps.setString(2, model);
            ps.executeUpdate();
        } catch (SQLException e) {
            log.warn("Cannot write a trained model to the cache ({})", e.getMessage());
        }
    }

    /** How many vectors came from the file at start, and how many were computed since. */
    public synchronized String stats() {
        return loaded + " stored, " + computed + " computed";
    }

    public synchronized int computedCount() {
        return computed;
    }

    static String key(String modelId, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(modelId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) b.putFloat(x);
        return b.array();
    }

    private static float[] decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) v[i] = b.getFloat();
        return v;
    }

    @Override
    public synchronized void close() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("closing the vector cache: {}", e.getMessage());
        }
    }
}
