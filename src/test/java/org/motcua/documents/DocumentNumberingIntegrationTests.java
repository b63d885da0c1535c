package org.motcua.documents;

import org.junit.jupiter.api.Test;
import org.motcua.ApiClient;
import org.motcua.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.motcua.documents.DocumentFixtures.draft;
import static org.motcua.documents.DocumentFixtures.drafted;
import static org.motcua.documents.DocumentFixtures.issue;

/**
 * Decree 30 numbers: a yearly sequence per issuing body from 01, unique under concurrent issuing, never reused.
 * Each test issues from a ward no other test issues from, so the sequence it sees is its own.
 */
@PlatformTest
class DocumentNumberingIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void numbersStartAt01WithALeadingZeroAndOfficialLettersNameTheDraftingUnit() {
        String decision = drafted(port, "long-phuoc.processor", draft("long-phuoc", "QUYET_DINH", "Quyết định A",
                List.of("sai-gon")));
        String letter = drafted(port, "long-phuoc.processor", draft("long-phuoc", "CONG_VAN", "Về việc B",
                List.of("sai-gon")));

        String first = issue(port, "long-phuoc.clerk", decision).json().get("symbol").asString();
        String second = issue(port, "long-phuoc.clerk", letter).json().get("symbol").asString();

        assertThat(first).isEqualTo("01/QĐ-UBND");
        assertThat(second).isEqualTo("02/UBND-VX");
    }

    @Test
    void issuingTheSameDraftTwiceGivesOneNumberAndOneDelivery() {
        String id = drafted(port, "long-truong.clerk", draft("long-truong", "KH", "Kế hoạch C", List.of("an-khanh")));

        ApiClient.Response first = issue(port, "long-truong.clerk", id);
        ApiClient.Response second = issue(port, "long-truong.clerk", id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("symbol").asString()).isEqualTo(first.json().get("symbol").asString());
        long deliveries = countRows(ApiClient.as(port, "an-khanh.clerk"), "an-khanh", first.json().get("symbol")
                .asString());
        assertThat(deliveries).isEqualTo(1);
    }

    @Test
    void parallelIssuingGivesEveryDraftItsOwnNumberWithoutGaps() throws Exception {
        int n = 12;
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(drafted(port, "long-binh.processor", draft("long-binh", "TB", "Thông báo song song " + i,
                    List.of("cat-lai"))));
        }
        // the same draft issued by two requests at once as well
        drafts.add(drafts.get(0));

        List<String> symbols = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = drafts.stream().<Callable<String>>map(id -> () -> {
                ApiClient.Response r = issue(port, "long-binh.clerk", id);
                if (r.status() != 200) {
                    throw new AssertionError(r.toString());
                }
                return r.json().get("symbol").asString();
            }).toList();
            for (Future<String> f : pool.invokeAll(calls)) {
                symbols.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        Set<String> distinct = new HashSet<>(symbols);
        assertThat(distinct).hasSize(n);
        assertThat(distinct).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, n)
                .mapToObj(i -> String.format("%02d/TB-UBND", i)).toList());
        assertThat(symbols.get(n)).isEqualTo(symbols.get(0));
        // every recipient entry got its own incoming number too
        List<Integer> incoming = new ArrayList<>();
        for (var row : ApiClient.as(port, "cat-lai.clerk").get("/api/v1/documents/registers/incoming?unit=cat-lai")
                .json().get("rows")) {
            incoming.add(Integer.parseInt(row.get("cells").get(1).asString()));
        }
        assertThat(new HashSet<>(incoming)).hasSize(incoming.size());
        assertThat(incoming).hasSizeGreaterThanOrEqualTo(n);
    }

    @Test
    void anAbandonedNumberIsNeverReusedAndTheRegisterSaysWhy() {
        String abandoned = drafted(port, "tang-nhon-phu.processor", draft("tang-nhon-phu", "BC", "Báo cáo bỏ",
                List.of("sai-gon")));
        ApiClient clerk = ApiClient.as(port, "tang-nhon-phu.clerk");
        String taken = clerk.post("/api/v1/documents/outgoing/" + abandoned + "/number", Map.of()).json()
                .get("symbol").asString();
        assertThat(clerk.post("/api/v1/documents/outgoing/" + abandoned + "/number", Map.of()).json().get("symbol")
                .asString()).isEqualTo(taken);

        ApiClient.Response noReason = clerk.post("/api/v1/documents/outgoing/" + abandoned + "/abandon", Map.of());
        ApiClient.Response abandon = clerk.post("/api/v1/documents/outgoing/" + abandoned + "/abandon",
                Map.of("reason", "Lãnh đạo không ký, nội dung thay đổi"));
        String next = drafted(port, "tang-nhon-phu.processor", draft("tang-nhon-phu", "BC", "Báo cáo thay thế",
                List.of("sai-gon")));
        String nextSymbol = issue(port, "tang-nhon-phu.clerk", next).json().get("symbol").asString();

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(abandon.status()).isEqualTo(200);
        assertThat(abandon.json().get("status").asString()).isEqualTo("ABANDONED");
        assertThat(abandon.json().get("symbol").asString()).isEqualTo(taken);
        assertThat(nextSymbol).isNotEqualTo(taken);
        assertThat(Integer.parseInt(nextSymbol.substring(0, 2))).isEqualTo(Integer.parseInt(taken.substring(0, 2)) + 1);
        assertThat(issue(port, "tang-nhon-phu.clerk", abandoned).status()).isEqualTo(409);
        var row = DocumentLifecycleIntegrationTests.findRow(clerk
                .get("/api/v1/documents/registers/outgoing?unit=tang-nhon-phu").json(), taken);
        assertThat(row.get("cells").get(9).asString())
                .isEqualTo("Số không sử dụng: Lãnh đạo không ký, nội dung thay đổi");
    }

    @Test
    void onlyTheClerkNumbersAndIssues() {
        String id = drafted(port, "tang-nhon-phu.processor", draft("tang-nhon-phu", "TB", "Thông báo D",
                List.of("sai-gon")));

        assertThat(issue(port, "tang-nhon-phu.processor", id).status()).isEqualTo(403);
        assertThat(issue(port, "tang-nhon-phu.leader", id).status()).isEqualTo(403);
        assertThat(issue(port, "sai-gon.clerk", id).status()).isEqualTo(404);
    }

    private static long countRows(ApiClient client, String unit, String symbol) {
        long count = 0;
        for (var row : client.get("/api/v1/documents/registers/incoming?unit=" + unit).json().get("rows")) {
            if (row.get("cells").get(3).asString().equals(symbol)) {
                count++;
            }
        }
        return count;
    }
}
