// Entry point shared by the fuzz targets. SwiftPM points an executable's `main` at
// `<module>_main`, so each target defines that and calls `heaplint_fuzz_main`.
#include <stddef.h>
#include <stdint.h>

typedef int (*heaplint_fuzz_callback)(const uint8_t *data, size_t size);

/// Runs libFuzzer's driver on `callback` on a thread with a 64 MiB stack, like the lint engine's
/// workers (the parser sizes its recursion to the thread's stack), and returns its status.
int heaplint_fuzz_main(int argc, char **argv, heaplint_fuzz_callback callback);
