package dev.frontline.app;

import dev.frontline.core.answers.AnswerBank;
import dev.frontline.core.model.Macro;
import dev.frontline.embedding.StoredVectors;
import dev.frontline.ops.Metrics;
import dev.frontline.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vector cache holds the bank's texts only: a customer message is embedded by the model as it
 * comes and not written anywhere, however often it is seen (the shipped wiring, with the model).
 */
class CustomerTextIsNotKeptTest {
    @TempDir
    Path data;

    @Test
    void customerMessagesNeverReachTheVectorCacheWhileBankTextsDo() throws Exception {
        String shared = System.getProperty("frontline.vectorCache");
        System.clearProperty("frontline.vectorCache");
        try (Database db = Database.open(data)) {
            Macro login = new Macro("login", "Can't log in", List.of("I can't log in", "my password does not work"), List.of(), List.of(),
                    null, null, "Reset it here.");
            AnswerBank bank = AnswerWiring.bank(List.of(login), db, data, new Metrics());
            assertTrue(bank.embedder().modelId().startsWith("bge"), "the bundled model loaded: " + bank.embedder().modelId());
            int bankRows = rows();
            assertTrue(bankRows >= 2, "the bank's examples are stored: " + bankRows);

            for (int i = 0; i < 3; i++) bank.embedder().embed("Hi, this is Carol Diaz (carol@example.com), order 4411 never came");
            assertEquals(bankRows, rows(), "no customer message is stored");

            bank.bankEmbedder().embed("a new example an owner accepted");
            assertEquals(bankRows + 1, rows(), "a new bank text is (so the count can move)");
        } finally {
            if (shared != null) System.setProperty("frontline.vectorCache", shared);
        }
    }

    private int rows() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(StoredVectors.FILE));
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM vectors")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
