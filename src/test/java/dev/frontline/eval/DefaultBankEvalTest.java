package dev.frontline.eval;

import dev.frontline.config.MacroLoader;
import dev.frontline.core.answers.MacroMatcher;
import dev.frontline.embedding.BgeSmallEmbedder;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped answer bank with the real model on our own labelled fixture: a guard against regressions. */
class DefaultBankEvalTest {
    @Test
    void theShippedBankAnswersItsOwnFixtureAndKnowsWhenNothingFits() throws Exception {
        MacroLoader.Result bank = MacroLoader.load(Path.of("macros"), null, c -> true);
        BgeSmallEmbedder model = new BgeSmallEmbedder();
        // The shipped threshold (AnswerSettings), chosen on clinc-dev, not on this fixture.
        MacroMatcher matcher = new MacroMatcher(bank.macros(), model, 0.70);

        EvalReport r = new Eval(matcher, model, EscalationJudge.fromMacros())
                .run(Eval.readCases(Path.of("src/test/resources/answers/default-bank-cases.jsonl")));

        assertEquals(37, r.cases());
        assertTrue(r.top1() >= 0.95, "top-1 " + r.top1());
        assertTrue(r.nomatchPrecision() >= 0.85 && r.nomatchRecall() >= 0.70, r.toJson());
        assertEquals(1.0, r.escalationRecall(), 1e-9, r.toJson());
    }
}
