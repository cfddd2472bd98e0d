/* Calls Python preprocessing functions from C, on one thread and then on
 * four at once, through taipan's C ABI (capi/include/taipan.h): lists,
 * strings and a numpy array in and out, an exception, bad handles.
 *
 *   make -C examples/c run                               # this machine
 *   make -C examples/c run TARGET=aarch64-unknown-linux-gnu   # under qemu
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "taipan.h"

static const char *SCRIPT =
    "MEAN = 0.5\n"
    "STD = 0.25\n"
    "\n"
    "def normalize(pixels):\n"
    "    return [round((p / 255.0 - MEAN) / STD, 4) for p in pixels]\n"
    "\n"
    "def tokenize(text):\n"
    "    return text.lower().split()\n"
    "\n"
    "import numpy as np\n"
    "\n"
    "def to_chw(img):\n"
    "    x = img.astype(np.float32) / 255.0\n"
    "    x = (x - np.array([0.485, 0.456, 0.406], dtype=np.float32)) / np.array([0.229, 0.224, 0.225], dtype=np.float32)\n"
    "    return x.transpose(2, 0, 1)\n"
    "\n"
    "def checksum(n):\n"
    "    total = 0\n"
    "    for i in range(n):\n"
    "        total = (total * 31 + i) % 1000003\n"
    "    return total\n";

static TpModule *module;
static int64_t checksums[4];

static int fail(const char *what, int status, TpError *err) {
    fprintf(stderr, "%s failed with status %d\n", what, status);
    if (err) {
        fprintf(stderr, "%s", tp_error_traceback(err));
        tp_error_free(err);
    }
    return 1;
}

static void *worker(void *arg) {
    long n = (long)arg;
    TpValue *v = tp_value_int(10000 + n);
    const TpValue *args[1] = {v};
    TpValue *result = NULL;
    TpError *err = NULL;
    int status = tp_call(module, "checksum", args, 1, &result, &err);
    checksums[n] = -1;
    if (status == TP_OK) tp_value_as_int(result, &checksums[n]);
    else fail("checksum", status, err);
    tp_value_free(result);
    tp_value_free(v);
    return NULL;
}

int main(void) {
    TpRuntime *rt = tp_runtime_new();
    TpProgram *program = NULL;
    TpError *err = NULL;
    int status = tp_compile_str(rt, "preprocess.py", SCRIPT, &program, &err);
    if (status != TP_OK) return fail("compile", status, err);
    status = tp_load(rt, program, &module, &err);
    if (status != TP_OK) return fail("load", status, err);

    /* normalize([0, 64, 128, 255]) */
    TpValue *pixels = tp_value_list();
    int raw[4] = {0, 64, 128, 255};
    for (int i = 0; i < 4; i++) tp_value_append(pixels, tp_value_int(raw[i]));
    const TpValue *args[1] = {pixels};
    TpValue *result = NULL;
    status = tp_call(module, "normalize", args, 1, &result, &err);
    if (status != TP_OK) return fail("normalize", status, err);
    printf("normalize:");
    for (size_t i = 0; i < tp_value_len(result); i++) {
        double x;
        tp_value_as_float(tp_value_item(result, i), &x);
        printf(" %g", x);
    }
    printf("\n");
    tp_value_free(result);
    tp_value_free(pixels);

    /* tokenize("Hello C World") */
    const char *text = "Hello C World";
    TpValue *s = tp_value_str(text, strlen(text));
    const TpValue *targs[1] = {s};
    status = tp_call(module, "tokenize", targs, 1, &result, &err);
    if (status != TP_OK) return fail("tokenize", status, err);
    printf("tokenize:");
    for (size_t i = 0; i < tp_value_len(result); i++) {
        const uint8_t *data;
        size_t len;
        tp_value_as_bytes(tp_value_item(result, i), &data, &len);
        printf(" '%.*s'", (int)len, (const char *)data);
    }
    printf("\n");
    tp_value_free(result);

    /* to_chw(a 2x2 RGB uint8 image): the elements go in as a copy and come
     * back in a float32 array owned by `result` (C order, 3x2x2). */
    uint8_t image[2][2][3] = {{{0, 128, 255}, {10, 20, 30}}, {{255, 255, 255}, {1, 2, 3}}};
    size_t image_shape[3] = {2, 2, 3};
    TpValue *img = tp_value_array(TP_DTYPE_UINT8, 3, image_shape, image, sizeof image);
    const TpValue *iargs[1] = {img};
    status = tp_call(module, "to_chw", iargs, 1, &result, &err);
    if (status != TP_OK) return fail("to_chw", status, err);
    int32_t dtype;
    size_t ndim, nbytes;
    const size_t *shape;
    const void *data;
    status = tp_value_as_array(result, &dtype, &ndim, &shape, &data, &nbytes);
    if (status != TP_OK || dtype != TP_DTYPE_FLOAT32) return fail("to_chw's result", status, NULL);
    printf("to_chw: shape (%zu, %zu, %zu), %zu bytes:", shape[0], shape[1], shape[2], nbytes);
    const float *chw = data;
    for (size_t i = 0; i < nbytes / sizeof(float); i++) printf(" %.4f", chw[i]);
    printf("\n");
    tp_value_free(result);
    tp_value_free(img);

    /* A Python exception comes back as an error with its traceback. */
    status = tp_call(module, "normalize", targs, 1, &result, &err);
    printf("normalize('Hello C World') -> status %d, %s\n", status, tp_error_kind(err));
    fputs(tp_error_traceback(err), stdout);
    tp_error_free(err);
    err = NULL;
    tp_value_free(s);

    /* Bad handles give error codes, not crashes. */
    printf("null module -> %d, wrong handle kind -> %d\n",
           tp_call(NULL, "tokenize", NULL, 0, &result, &err),
           tp_call((const TpModule *)program, "tokenize", NULL, 0, &result, &err));

    /* The same module from four threads at once. */
    pthread_t threads[4];
    for (long t = 0; t < 4; t++) pthread_create(&threads[t], NULL, worker, (void *)t);
    for (int t = 0; t < 4; t++) pthread_join(threads[t], NULL);
    for (int t = 0; t < 4; t++)
        printf("thread %d: checksum(%d) = %lld\n", t, 10000 + t, (long long)checksums[t]);

    tp_module_free(module);
    tp_program_free(program);
    tp_runtime_free(rt);
    return 0;
}
