package dev.mlgate.engine;

import static dev.mlgate.engine.EngineTestSupport.mlgate;
import static dev.mlgate.engine.EngineTestSupport.suite;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.uniqueId;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mlgate.contract.DataContract;
import dev.mlgate.contract.Unique;
import org.junit.jupiter.api.Test;

/** A placeholder without a name fails its suite naming the suite, the annotation and the text. */
class BlankPlaceholderTests {

    /** Declares a placeholder with a blank name. */
    @DataContract(data = "data/${ }.csv")
    record BlankPlaceholderContract(@Unique long id) {
    }

    @Test
    void a_blank_placeholder_names_the_suite_the_annotation_and_the_text() {
        mlgate(selectClass(BlankPlaceholderContract.class)).execute().containerEvents().assertThatEvents()
                .haveExactly(1, event(container(uniqueId(suite(BlankPlaceholderContract.class))), finishedWithFailure(
                        message("BlankPlaceholderContract (data contract) could not be evaluated: Placeholder ${ } in"
                                + " 'data/${ }.csv' of @DataContract(data) names no parameter; write ${name} or"
                                + " ${name:-default}"))));
    }
}
