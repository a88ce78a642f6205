# Writes OUT, a C++ file defining `extern const char SYMBOL[]` with the bytes of IN.
file(READ "${IN}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUT}" "// Generated from ${IN}; do not edit.\nextern const char ${SYMBOL}[];\nextern const unsigned long ${SYMBOL}_size;\nconst char ${SYMBOL}[] = {${bytes} 0};\nconst unsigned long ${SYMBOL}_size = sizeof(${SYMBOL}) - 1;\n")
