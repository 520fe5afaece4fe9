package netmarket.load;

import netmarket.normalize.MetricCatalog;
import netmarket.normalize.PiiProtector;
import netmarket.normalize.RegionDirectory;
import netmarket.normalize.UnitTable;

/** The reference data a load normalizes against: regions, units, metrics, and the PII key. */
public record LoadContext(RegionDirectory regions, UnitTable units, MetricCatalog metrics, PiiProtector pii) {}
