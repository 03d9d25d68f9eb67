package org.ogi.law;

/** OGI cases may use the simplified procedure in reconsideration (ARL 2023 Art. 53(四)) and first instance (ALL Art. 82(三)). */
public enum AppealProcedure {
    ORDINARY,
    SIMPLIFIED
}
