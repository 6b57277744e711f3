/* Floor for the write stage: writes COUNT files of SIZE bytes each under DIR, spread over
 * sub-folders like a generated site (at most 1,000 files a folder), with plain
 * open/write/close and no fsync, as a static-site generator does.
 *
 *   write_files DIR COUNT SIZE
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: write_files DIR COUNT SIZE\n");
        return 2;
    }
    const char *dir = argv[1];
    long count = atol(argv[2]);
    long size = atol(argv[3]);
    if (count < 0 || size < 0) return 2;
    char *buffer = malloc(size > 0 ? size : 1);
    if (!buffer) return 1;
    /* Text-like bytes: an HTML-ish line repeated. */
    const char *line = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>\n";
    size_t linelen = strlen(line);
    for (long i = 0; i < size; i++) buffer[i] = line[i % linelen];
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) { perror(dir); return 1; }
    char path[4096];
    for (long i = 0; i < count; i++) {
        if (i % 1000 == 0) {
            snprintf(path, sizeof path, "%s/d%03ld", dir, i / 1000);
            if (mkdir(path, 0755) != 0 && errno != EEXIST) { perror(path); return 1; }
        }
        snprintf(path, sizeof path, "%s/d%03ld/f%06ld.html", dir, i / 1000, i);
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) { perror(path); return 1; }
        long done = 0;
        while (done < size) {
            ssize_t n = write(fd, buffer + done, size - done);
            if (n < 0) { perror(path); return 1; }
            done += n;
        }
        if (close(fd) != 0) { perror(path); return 1; }
    }
    free(buffer);
    return 0;
}
