/**
 * Official documents and direction (văn bản, chỉ đạo điều hành) per Decree 30/2020/NĐ-CP: outgoing documents numbered
 * per issuing body and year, delivery into each recipient unit's incoming register, assignment and tracking of the
 * handling, the registers of Appendix IV as JSON, PDF and XLSX, PDF signature checks and search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Official documents")
package org.motcua.documents;
