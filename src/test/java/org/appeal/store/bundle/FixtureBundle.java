package org.appeal.store.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small, valid, clearly made-up bundle that a test spoils one file at a time. */
final class FixtureBundle {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    FixtureBundle() {
        text("campaign.yaml", """
                format: 1
                id: test-campaign
                title: "Made-up campaign for tests"
                language: en
                letter:
                  subject: "A made-up subject"
                  date: 2030-01-15
                  signatories_as_of: 2030-01-10
                  template: letter.html.vm
                  body: letter.md
                """);
        text("letter.md", "Dear Example,\n\nThis letter is made up.\n");
        text("recipients.csv", """
                id,role,position,form_of_address,name,title,office,address,fax,email
                alpha,TO,1,Minister Alpha,Alpha Example,Minister of Examples,,"1 Example Street
                Exampleville",+00 0000,alpha.example
                """);
        text("signatories.csv", """
                id,kind,position,name,acronym,title,country,signed_on,withdrawn_on
                foo-org,ORGANISATION,1,Foo Organisation,FOO,,,2030-01-01,
                bar-person,INDIVIDUAL,2,Bar Person,,Made-up Professor,,,
                """);
        text("resolutions.csv", """
                id,symbol,body,session,adopted_on,title,adoption,source
                x-res-1,X/RES/1,GA,1,2030-01-02,A made-up resolution,RECORDED_VOTE,
                """);
        text("sponsorships.csv", """
                id,state,body,year,date,resolution_symbol,cosponsored,source
                exl-ga-2029,Exampleland,GA,2029,,,yes,
                """);
    }

    FixtureBundle text(String name, String content) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    FixtureBundle bytes(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    FixtureBundle without(String name) {
        files.remove(name);
        return this;
    }

    Path writeTo(Path dir) {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
