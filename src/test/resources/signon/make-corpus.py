#!/usr/bin/env python3
"""Writes the sign-on sheet test corpus with exact bytes (encodings, BOMs, line breaks, bad bytes).

Run from this folder: python3 make-corpus.py. The files are committed; this script documents how
each one was made and rewrites them identically. Every name in them is made up.
"""
import unicodedata

BOM = b"\xef\xbb\xbf"


def utf8(text):
    return text.encode("utf-8")


def cp949(text):
    return text.encode("cp949")  # Python's cp949 is Microsoft's Unified Hangul Code, as Excel writes it


def cp1252(text):
    return text.encode("cp1252")


FILES = {
    "01-google-forms-us.csv": utf8(
        "Timestamp,Organisation name,Title/Affiliation,Country,Email Address\n"
        "7/9/2025 10:15:32,Example Rights Watch,,Exampleland,contact@example.org\n"
        "7/10/2025 8:01:02,Made-up Freedom Network,,Otherland,info@example.net\n"
        "7/11/2025 23:59:59,Imaginary Refugee Aid,,Exampleland,\n"),
    "02-utf8-bom.csv": BOM + utf8(
        "Organization,Country\n"
        "BOM Test Alliance,Exampleland\n"
        "Second Example Group,Otherland\n"),
    "03-crlf.csv": utf8(
        "Organisation,Date\r\n"
        "CRLF Example One,2025-07-09\r\n"
        "CRLF Example Two,2025-07-10\r\n"),
    "04-semicolon.csv": utf8(
        "Name;Organisation;Title;Country\n"
        "Doe, Jane;Semicolon Society;Director, programmes;Exampleland\n"
        ";Another Semicolon Org;;\n"
        "Kim Semi;;Lawyer;Exampleland\n"),
    "05-tab.csv": utf8(
        "Organisation\tCountry\tDate\n"
        "Tab Separated Union\tExampleland\t2025-07-09\n"
        "Comma, Inside Org\tOtherland\t2025-07-09\n"),
    "06-quoted-commas.csv": utf8(
        "Organisation,Country\n"
        "\"Justice, Peace and Example\",Exampleland\n"
        "\"Example Org, Inc.\",Otherland\n"),
    # Row 1 spans lines 2 to 4 (two line breaks inside quotes), so row 2 starts on line 5.
    "07-quoted-newlines.csv": utf8(
        "Organisation,Title,Date\n"
        "\"Multi\nLine Org\",\"Line one\r\nline two\",2025-07-09\n"
        "After Multiline Org,,not-a-date\n"),
    "08-doubled-quotes.csv": utf8(
        "Organisation,Acronym\n"
        "\"The \"\"Quoted\"\" Alliance\",TQA\n"
        "\"Say \"\"Hello\"\" Network\",\n"),
    "09-hangul-utf8.csv": utf8(
        "단체명,국가,타임스탬프\n"
        "하늘시민연대,대한민국,2025. 7. 3 오전 9:00:00\n"
        "바다인권모임,대한민국,2025. 7. 9 오후 3:15:32\n"
        "강물평화네트워크,대한민국,2025. 7. 10 오전 10:00:00\n"),
    "10-hangul-cp949.csv": cp949(
        "단체명,국가,타임스탬프\r\n"
        "하늘시민연대,대한민국,2025. 7. 3 오전 9:00:00\r\n"
        "바다인권모임,대한민국,2025. 7. 9 오후 3:15:32\r\n"
        "강물평화네트워크,대한민국,2025. 7. 10 오전 10:00:00\r\n"),
    # Decomposed Hangul (NFD), as some macOS tools write it.
    "11-hangul-nfd.csv": utf8(unicodedata.normalize("NFD",
        "Organisation\n"
        "하늘시민연대\n"
        "구름연대\n")),
    "12-windows-1252.csv": cp1252(
        "Organisation,Country,Title\n"
        "Fundación Ñandú,España,\n"
        "Société Générale des Droits (made up),France,\n"
        "Amnesty’s Example Friends,Exampleland,\n"),
    # Header on line 2; blank lines, ",", and whitespace-only lines are skipped and not counted as rows.
    "13-empty-lines.csv": utf8(
        "\n"
        "Organisation,Date\n"
        "\n"
        "Empty Line Org One,2025-07-09\n"
        ",\n"
        "   ,   \n"
        "\n"
        "Empty Line Org Two,someday\n"),
    "14-missing-name-column.csv": utf8(
        "Timestamp,Email Address,Country\n"
        "7/9/2025 10:00:00,a@example.org,Exampleland\n"),
    "15-duplicate-header.csv": utf8(
        "Organisation,Country,Organisation\n"
        "Dup Header Org,Exampleland,Other Name\n"),
    "16-invalid-utf8.csv": utf8(
        "Organisation,Country\n"
        "하늘시민연대,대한민국\n") + b"Broken \xff Bytes Org,Exampleland\n" + utf8(
        "바다인권모임,대한민국\n"),
    "17-cp949-invalid.csv": cp949(
        "Organisation,Country\n"
        "바다인권모임,대한민국\n") + b"Broken\xff Org," + cp949("대한민국\n") + cp949(
        "강물평화네트워크,대한민국\n"),
    "18-unknown-mapping-target.csv": utf8(
        "Org,Country\n"
        "Mapped Org,Exampleland\n"),
    "19-header-only.csv": utf8(
        "Organisation,Country,Date\n"),
    "20-ragged-rows.csv": utf8(
        "Organisation,Country,Date\n"
        "Short Row Org,Exampleland\n"
        "Long Row Org,Exampleland,2025-07-09,extra\n"
        "Trailing Comma Org,Exampleland,2025-07-09,\n"),
    "21-bad-dates.csv": utf8(
        "Organisation,Date\n"
        "Bad Date One,yesterday\n"
        "Bad Date Two,2025-02-30\n"
        "Bad Date Three,13/7/2025\n"
        "Good Date Org,7/13/2025\n"),
    "22-reimport-same.csv": utf8(
        "Name,Organisation,Title,Country,Date\n"
        ",Foo Organisation,,Exampleland,2025-07-01\n"
        "Kim Example,,Researcher,,\n"
        ",하늘시민연대,,대한민국,2025-07-03\n"
        ",Gone Coalition,,,2025-06-01\n"),
    "23-updates.csv": utf8(
        "Organisation,Acronym,Title,Country,Date\n"
        "foo organisation,FOO,,,2025-06-15\n"
        "Gone Coalition,GC,,Otherland,2025-09-01\n"),
    "24-skip-bad-rows.csv": utf8(
        "Organisation,Date\n"
        "Skip Good One,2025-07-09\n"
        "Skip Bad,2025-13-01\n"
        "Skip Good Two,\n"),
    "25-explicit-map.csv": utf8(
        "Signing body,When,Nation,Contact\n"
        "Mapped Example Org,09/07/2025,Exampleland,someone@example.org\n"),
    "26-map-header-missing.csv": utf8(
        "Organisation,Country\n"
        "Map Missing Org,Exampleland\n"),
    "27-duplicate-rows.csv": utf8(
        "Organisation,Country\n"
        "Twice Example Org,Exampleland\n"
        "Once Example Org,Otherland\n"
        "twice example org.,Exampleland\n"),
    "28-id-column.csv": utf8(
        "id,Name,Kind,Country\n"
        "foo-org,Foo Organisation (renamed),Organisation,\n"
        "new-given-id,Given Id Person,Individual,Exampleland\n"),
    "29-kind-column.csv": utf8(
        "Name,Type,Country\n"
        "참여 예시 단체,단체,대한민국\n"
        "홍길동,개인,대한민국\n"
        "Kind Example Org,Organization,Exampleland\n"
        "Maybe Kind,Sometimes,Exampleland\n"),
    "30-org-and-name.csv": utf8(
        "Your name,Organisation (leave blank if signing as an individual),Title,Email Address\n"
        "Jane Example,Org And Name Alliance,Coordinator,jane@example.org\n"
        "Lee Example,,Professor of Law,lee@example.org\n"),
    "31-google-forms-korean.csv": utf8(
        "타임스탬프,단체명,직함,이메일 주소\n"
        "2025. 7. 9 오후 3:15:32,바다인권모임,,a@example.org\n"
        "2025. 7. 10 오전 10:15:32,구름연대,,b@example.org\n"),
    "32-dmy-dates.csv": utf8(
        "Organisation,Date\n"
        "Day First Org,13/07/2025\n"
        "Day First Two,09/07/2025\n"),
    "33-empty-file.csv": b"",
    "34-unclosed-quote.csv": utf8(
        "Organisation,Country\n"
        "Good Quote Org,Exampleland\n"
        "\"Unclosed Quote Org,Exampleland\n"
        "Next Org,Otherland\n"),
    "35-windows-1252-invalid.csv": cp1252(
        "Organisation,Country\n"
        "Café Example,France\n") + b"Bad \x81 Byte Org,France\n",
    "36-utf8-given-invalid.csv": utf8(
        "Organisation,Country\n") + b"Caf\xe9 Latin Org,France\n",
    "37-ambiguous-columns.csv": utf8(
        "Name,Title,Affiliation\n"
        "Ambiguous Person,Professor,Example University\n"),
    "38-empty-name.csv": utf8(
        "Organisation,Country\n"
        ",Exampleland\n"
        "Named Org,Exampleland\n"),
    "39-excel-bom-semicolon-crlf.csv": BOM + utf8(
        "Organisation;Country;Date\r\n"
        "Excel Européen Org;France;09.07.2025\r\n"),
    # No-break spaces (as Excel pastes them) and runs of spaces around names that already exist.
    "40-nbsp-spaces.csv": utf8(
        "Organisation,Country\n"
        "\u00a0 Foo   Organisation \u00a0,Exampleland\n"
        "  Kim  Example ,\n"),
    # Every row is dated 9 July 2025, each in another form spreadsheets write.
    "41-date-forms.csv": utf8(
        "Organisation,Date\n"
        "Date A,2025-07-09T10:15:32Z\n"
        "Date B,2025-07-09\n"
        "Date C,2025/07/09 10:15:32 AM GMT+9\n"
        "Date D,09.07.2025\n"
        "Date E,\"July 9, 2025\"\n"
        "Date F,9-Jul-25\n"
        "Date G,7/9/2025 10:15:32\n"
        "Date H,2025. 7. 9 오전 10:15:32\n"
        "Date I,9 July 2025\n"),
    "42-id-name-conflict.csv": utf8(
        "id,Organisation\n"
        "new-id-for-foo,Foo Organisation\n"),
    "43-only-blank-lines.csv": utf8("\r\n\r\n  \r\n"),
    "44-text-after-quote.csv": utf8(
        "Organisation,Country\n"
        "Fine Org,Exampleland\n"
        "\"Quoted\" trailing,Exampleland\n"),
    "45-unknown-headers-ignored.csv": utf8(
        "Organisation,Comments,Favourite colour\n"
        "Ignored Columns Org,hello,blue\n"),
    "46-mapping-syntax-error.csv": utf8(
        "Org name,Country\n"
        "Syntax Org,Exampleland\n"),
    # 똠 is a CP949 extension syllable, outside EUC-KR proper: "EUC-KR" must still read it.
    "47-cp949-extension-hangul.csv": cp949(
        "Organisation\n"
        "똠방각하 예시모임\n"),
    # 0x92 0x73 ("’s") is also a valid CP949 pair: detection must still choose Windows-1252.
    "48-windows-1252-curly-apostrophe.csv": cp1252(
        "Organisation\n"
        "People’s Example Union\n"),
    "49-bad-kind-and-date.csv": utf8(
        "Organisation,Kind,Date\n"
        "Two Problems Org,Sometimes,yesterday\n"),
    "50-invalid-bytes-in-header.csv": utf8("Organisation,Coun") + b"\xff" + utf8("try\nHeader Bytes Org,X\n"),
}

if __name__ == "__main__":
    for name, data in FILES.items():
        with open(name, "wb") as f:
            f.write(data)
    print(len(FILES), "files written")
