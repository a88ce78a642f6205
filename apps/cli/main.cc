#include <cstdio>
int main() { std::puts("dossier: under construction"); return 0; }
