package org.motcua.registry.internal;

import org.motcua.registry.BusinessRecord;

import java.util.List;

/** Everything the demo data generator produces, in insertion order. */
record DemoData(List<DemoResident> residents, List<DemoHousehold> households, List<DemoCivilRecord> civilRecords,
                List<BusinessRecord> businesses) {
}
