package org.appeal.store.signon;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The headers matched to a field without a mapping: what Google Forms, Excel sign-on templates and
 * Appeal's own exports call their columns, in English and Korean. Matching ignores case, spaces,
 * punctuation and anything in parentheses, so "Organisation name (as it should appear)" and
 * "ORGANISATION-NAME" both match "organisationname". Anything else needs an explicit mapping:
 * guessing further would put data in the wrong field without anyone noticing.
 */
final class HeaderNames {
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*\\]");
    private static final Map<String, SheetField> KNOWN = known();

    private HeaderNames() {
    }

    static Optional<SheetField> recognise(String header) {
        return Optional.ofNullable(KNOWN.get(key(header)));
    }

    /** The header with parenthesised parts dropped, then only its letters and digits, lower case. */
    static String key(String header) {
        String text = BRACKETED.matcher(Normalizer.normalize(header, Normalizer.Form.NFKC)).replaceAll("");
        StringBuilder key = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static Map<String, SheetField> known() {
        Map<String, SheetField> known = new HashMap<>();
        add(known, SheetField.NAME, "name", "full name", "your name", "signatory", "signatory name", "name of signatory",
                "signer name", "이름", "성명", "서명자");
        add(known, SheetField.ORGANISATION, "organisation", "organization", "organisation name", "organization name",
                "name of organisation", "name of organization", "name of your organisation",
                "name of your organization", "your organisation", "your organization", "org", "org name", "group",
                "group name", "ngo", "institution", "단체", "단체명", "단체 이름", "기관", "기관명", "기관 이름");
        add(known, SheetField.KIND, "kind", "type", "signatory type", "signing as", "organisation or individual",
                "organization or individual", "구분", "유형", "서명 유형");
        add(known, SheetField.ACRONYM, "acronym", "abbreviation", "short name", "약칭", "약어");
        add(known, SheetField.TITLE, "title", "affiliation", "title/affiliation", "title and affiliation", "position",
                "job title", "role", "직함", "직위", "직책", "소속");
        add(known, SheetField.COUNTRY, "country", "country/territory", "country/region", "국가", "나라");
        add(known, SheetField.SIGNED_ON, "timestamp", "date", "signed on", "sign-on date", "date signed",
                "date of signature", "타임스탬프", "날짜", "서명일");
        add(known, SheetField.EMAIL, "email", "e-mail", "email address", "contact email", "이메일", "이메일 주소", "전자우편");
        add(known, SheetField.ID, "id", "signatory id");
        return Map.copyOf(known);
    }

    private static void add(Map<String, SheetField> known, SheetField field, String... headers) {
        for (String header : List.of(headers)) {
            SheetField before = known.put(key(header), field);
            if (before != null && before != field) {
                throw new IllegalStateException("header '" + header + "' listed for " + before + " and " + field);
            }
        }
    }
}
