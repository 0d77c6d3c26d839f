package org.appeal.compose;

import org.appeal.compose.view.HistoryHeadings;
import org.appeal.domain.CoSponsorshipRun;
import org.appeal.domain.Resolution;
import org.appeal.domain.SponsorshipStatus;
import org.appeal.domain.UnBody;
import org.appeal.domain.Vote;
import org.appeal.domain.YearPart;

/**
 * The history in Korean. Time phrases carry their particle ("2022년 말에") so that, like the
 * English ones, they open a sentence as they are: "2008년부터 2018년까지 매년 한국 정부는 …".
 */
final class KoreanHistoryWording implements HistoryWording {
    @Override
    public String time(CoSponsorshipRun.Span span, int from, int to, YearPart part) {
        return switch (span) {
            case EVERY_YEAR -> from + "년부터 " + to + "년까지 매년";
            case BETWEEN_YEARS -> from + "년과 " + to + "년 사이에";
            case YEAR -> from + "년에";
            case PART_OF_YEAR -> switch (part) {
                case EARLY -> from + "년 초에";
                case MID -> from + "년 중반에";
                case LATE -> from + "년 말에";
            };
        };
    }

    /** Korean has no capitals: a phrase reads the same at the start of a sentence and inside it. */
    @Override
    public String inSentence(String sentenceStart) {
        return sentenceStart;
    }

    @Override
    public String status(SponsorshipStatus status) {
        return switch (status) {
            case COSPONSORED -> "공동제안";
            case DECLINED -> "공동제안 불참";
            case UNKNOWN -> "확인 안 됨";
        };
    }

    @Override
    public String mixed() {
        return "일부";
    }

    @Override
    public String body(UnBody body) {
        return switch (body) {
            case GA -> "유엔 총회";
            case HRC -> "유엔 인권이사회";
        };
    }

    @Override
    public String adoption(Resolution.Adoption adoption) {
        return switch (adoption) {
            case RECORDED_VOTE -> "기록 표결로 채택";
            case WITHOUT_VOTE -> "표결 없이 채택";
            case UNKNOWN -> "";
        };
    }

    @Override
    public String vote(Vote.Choice choice) {
        return switch (choice) {
            case YES -> "찬성";
            case NO -> "반대";
            case ABSTAIN -> "기권";
            case ABSENT -> "불참";
        };
    }

    @Override
    public HistoryHeadings headings(String state) {
        return new HistoryHeadings("연도", "결의", "제목", "채택일", "채택 방식",
                state.isBlank() ? "표결" : state + " 표결");
    }
}
