package dev.frontline.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MacroLoaderTest {
    @TempDir
    Path dir;
    private static final Set<String> CATEGORIES = Set.of("refund", "privacy_security");

    private MacroLoader.Result load() {
        return MacroLoader.load(dir, Set.of("refund-policy"), CATEGORIES::contains);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theShippedAnswerBankIsCompleteAndValid() {
        MacroLoader.Result bank = MacroLoader.load(Path.of("macros"), null, c -> true);
        assertEquals(List.of(), bank.problems());
        assertTrue(bank.macros().size() >= 25, "a real default bank: " + bank.macros().size());
        bank.macros().forEach(m -> assertTrue(m.examples().size() >= 8, m.id() + " needs 8+ example phrasings"));
    }

    @Test
    void aGoodMacroIsReadWithItsFrontMatterAndTemplate() throws IOException {
        write("refund.md", """
                ---
                title: Refund within policy
                examples: ["Can I get a refund?", "I want my money back"]
                tags: [billing]
                docs: [refund-policy]
                escalate: refund
                ---
                Hi {{customer.name}}, see {{doc.refund-policy}}. Amount: {{input.amount}}
                """);
        MacroLoader.Result r = load();
        assertEquals(List.of(), r.problems());
        assertEquals("refund", r.macros().get(0).id());
        assertEquals("refund", r.macros().get(0).escalate());
        assertTrue(r.macros().get(0).template().startsWith("Hi {{customer.name}}"));
    }

    @Test
    void everyProblemIsReportedWithItsLine() throws IOException {
        write("broken.md", """
                ---
                examples: []
                docs: [refund-polcy]
                escalate: angri
                ---
                Hi {{customer.nam}} {{#open}}
                """);
        List<String> problems = load().problems().stream().map(ConfigProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("broken.md:") && p.contains("missing required key 'title'")), problems.toString());
        write("broken.md", """
                ---
                title: Broken
                examples: []
                docs: [refund-polcy]
                escalate: angri
                ---
                Hi {{customer.nam}}
                """);
        problems = load().problems().stream().map(ConfigProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.endsWith("broken.md:3: no examples (list at least one customer phrasing this macro answers)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("broken.md:4: unknown doc key 'refund-polcy'") && p.contains("did you mean 'refund-policy'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("broken.md:5: unknown escalation category 'angri'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("broken.md:7: unknown placeholder {{customer.nam}}")), problems.toString());
    }

    @Test
    void templateSyntaxErrorsAndMissingFrontMatterAreCaught() throws IOException {
        write("syntax.md", "---\ntitle: T\nexamples: [a]\n---\nHi {{#section}} never closed\n");
        write("plain.md", "Just a reply without front matter\n");
        List<String> problems = load().problems().stream().map(ConfigProblem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("plain.md:1: missing front matter")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("syntax.md:5: template syntax")), problems.toString());
    }
}
