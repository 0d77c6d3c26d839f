package org.appeal.store.signon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.appeal.domain.Signatory;
import org.appeal.domain.SignatoryText;
import org.junit.jupiter.api.Test;

/** A sign-on sheet has no second-script columns: updating a signatory from one keeps the forms it had (made up). */
class SignOnKeepsSecondScriptTest {
    @Test
    void anUpdateKeepsTheSignatorysSecondScriptForms() {
        List<Signatory> existing = new ArrayList<>(SignOnFixtures.existing());
        existing.set(0, existing.get(0).withAlt(new SignatoryText("푸 단체", "푸", "")));
        byte[] sheet = "Name,Title\nFoo Organisation,Board\n".getBytes(StandardCharsets.UTF_8);

        ImportPlan plan = new SignOnImport(ImportOptions.defaults()).plan(sheet, existing);

        assertThat(plan.firstUpdates()).singleElement().satisfies(u -> {
            assertThat(u.after().title()).isEqualTo("Board");
            assertThat(u.after().alt()).isEqualTo(new SignatoryText("푸 단체", "푸", ""));
        });
    }
}
