package org.appeal.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appeal.domain.Signatory;

/** A signatory's signature image reference (V5) is kept by the workspace; none is stored as NULL. */
class SignatureImageRepositoryTest {
    private static final String CAMPAIGN = "c";

    @OnBothDatabases
    void theReferenceIsSavedUpdatedClearedAndBatchInserted(TestDatabase db) {
        Workspace workspace = db.open();
        MadeUpCampaign.createEmpty(workspace, CAMPAIGN);
        Signatory withImage = MadeUpCampaign.signatories().get(0).withSignatureImage("images/가상 로고.png");
        workspace.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN, withImage, 0));
        assertThat(find(workspace, withImage.id())).isEqualTo(withImage);

        Signatory other = withImage.withSignatureImage("images/other.jpg");
        workspace.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN, other, 1));
        assertThat(find(workspace, withImage.id()).signatureImage()).isEqualTo("images/other.jpg");

        workspace.inTransaction(work -> new SignatoryRepository(work).save(CAMPAIGN, other.withSignatureImage(""), 2));
        assertThat(find(workspace, withImage.id()).hasSignatureImage()).isFalse();
        assertThat(storedImage(workspace, withImage.id())).isNull();

        List<Signatory> batch = List.of(MadeUpCampaign.signatories().get(1).withSignatureImage("images/batch.png"),
                MadeUpCampaign.signatories().get(2));
        workspace.inTransaction(work -> {
            new SignatoryRepository(work).insertAll(CAMPAIGN, batch);
            return null;
        });
        assertThat(find(workspace, batch.get(0).id()).signatureImage()).isEqualTo("images/batch.png");
        assertThat(storedImage(workspace, batch.get(1).id())).isNull();
    }

    private static Signatory find(Workspace workspace, String id) {
        return workspace.read(work -> new SignatoryRepository(work).find(CAMPAIGN, id)).orElseThrow().value();
    }

    private static String storedImage(Workspace workspace, String id) {
        return workspace.read(work -> {
            try (var statement = work.connection().prepareStatement(
                    "SELECT signature_image FROM signatory WHERE campaign_id = ? AND id = ?")) {
                statement.setString(1, CAMPAIGN);
                statement.setString(2, id);
                try (var row = statement.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }
}
