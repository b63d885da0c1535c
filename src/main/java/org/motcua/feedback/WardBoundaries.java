package org.motcua.feedback;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.motcua.audit.AuditLog;
import org.motcua.organization.Unit;
import org.motcua.organization.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ward-level boundaries (table {@code feedback_boundary}) and the point-in-polygon look-up that routes reports by
 * location. When none were imported yet, the approximate ones are built from the units' representative points and
 * stored, labelled approximate. Kept in memory as an STR-tree of prepared polygons, rebuilt after every import.
 */
@Service
public class WardBoundaries {

    private static final Logger log = LoggerFactory.getLogger(WardBoundaries.class);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final JdbcClient jdbc;
    private final Units units;
    private final AuditLog audit;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private volatile Index index;

    WardBoundaries(JdbcClient jdbc, Units units, AuditLog audit,
                   org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    /** The ward-level unit whose boundary covers the point, if any. */
    public Optional<Located> locate(double latitude, double longitude) {
        Point point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        @SuppressWarnings("unchecked")
        List<Entry> candidates = index().tree.query(point.getEnvelopeInternal());
        return candidates.stream().filter(e -> e.area.covers(point))
                .map(e -> new Located(e.boundary.unit(), e.boundary.approximate()))
                .sorted(java.util.Comparator.comparing(Located::unit)).findFirst();
    }

    /** Every boundary in force. */
    public List<WardBoundary> all() {
        return index().boundaries;
    }

    /** Replaces every boundary with those of the file, audited; returns the ward-level units left without one. */
    @Transactional
    public List<String> replace(List<WardBoundary> boundaries, String actor) {
        ensureLoaded();
        jdbc.sql("delete from feedback_boundary").update();
        store(boundaries, actor);
        audit.record(actor, "feedback.boundaries.imported", "feedback/boundaries", Map.of(
                "units", boundaries.size(),
                "approximate", boundaries.stream().filter(WardBoundary::approximate).count(),
                "source", boundaries.isEmpty() ? "" : boundaries.get(0).source()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index = null;
            }
        });
        java.util.Set<String> covered = new java.util.HashSet<>();
        boundaries.forEach(b -> covered.add(b.unit()));
        return wardLevelUnits().stream().map(Unit::slug).filter(s -> !covered.contains(s)).toList();
    }

    /** Whether the slug names a ward-level unit in existence today. */
    public boolean isWardLevelUnit(String slug) {
        return units.find(slug).filter(u -> u.type().isWardLevel() && u.effectiveOn(today())).isPresent();
    }

    private Index index() {
        Index current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = transactions.execute(status -> {
                        ensureLoaded();
                        return load();
                    });
                    index = current;
                }
            }
        }
        return current;
    }

    private void ensureLoaded() {
        // an advisory lock: two nodes starting together build the approximate boundaries once
        jdbc.sql("select pg_advisory_xact_lock(hashtext('feedback_boundary'))").query((rs, n) -> 1).list();
        Integer count = jdbc.sql("select count(*) from feedback_boundary").query(Integer.class).single();
        if (count == 0) {
            List<WardBoundary> approximate = ApproximateBoundaries.of(wardLevelUnits());
            store(approximate, "system");
            log.info("No ward boundaries imported: built {} approximate ones from the units' representative points",
                    approximate.size());
        }
    }

    private void store(List<WardBoundary> boundaries, String actor) {
        WKTWriter wkt = new WKTWriter();
        Timestamp now = Timestamp.from(Instant.now());
        for (WardBoundary b : boundaries) {
            jdbc.sql("""
                            insert into feedback_boundary (unit_slug, geometry, approximate, source, imported_at,
                                imported_by)
                            values (:slug, :geometry, :approximate, :source, :at, :by)""")
                    .param("slug", b.unit()).param("geometry", wkt.write(b.area()))
                    .param("approximate", b.approximate()).param("source", b.source()).param("at", now)
                    .param("by", actor).update();
        }
    }

    private Index load() {
        WKTReader reader = new WKTReader(GEOMETRY);
        List<WardBoundary> boundaries = jdbc.sql("""
                        select unit_slug, geometry, approximate, source from feedback_boundary order by unit_slug""")
                .query((rs, n) -> {
                    try {
                        return new WardBoundary(rs.getString("unit_slug"), reader.read(rs.getString("geometry")),
                                rs.getBoolean("approximate"), rs.getString("source"));
                    } catch (ParseException e) {
                        throw new IllegalStateException("Stored boundary of " + rs.getString("unit_slug")
                                + " is not WKT", e);
                    }
                }).list();
        STRtree tree = new STRtree();
        for (WardBoundary b : boundaries) {
            Geometry area = b.area();
            tree.insert(area.getEnvelopeInternal(), new Entry(b, PreparedGeometryFactory.prepare(area)));
        }
        tree.build();
        return new Index(List.copyOf(boundaries), tree);
    }

    private List<Unit> wardLevelUnits() {
        return units.effectiveOn(today(), Optional.empty()).stream().filter(u -> u.type().isWardLevel()).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** Where a point is: the unit, and whether its boundary is only approximate. */
    public record Located(String unit, boolean approximate) {
    }

    private record Entry(WardBoundary boundary, PreparedGeometry area) {
    }

    private record Index(List<WardBoundary> boundaries, STRtree tree) {
    }
}
