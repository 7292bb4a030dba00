package dev.genuine.ingest.registry;

import dev.genuine.ingest.image.ImageLoader;
import dev.genuine.ingest.image.InvalidImageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Resolves a registry file's image path inside the file's own folder: absolute paths, URLs, a {@code ..} that
 * climbs out, and a symbolic link whose real target lies outside the folder are all refused, so a registry
 * file can only ever submit images that sit beside it.
 */
final class RegistryPaths {
    private RegistryPaths() {}

    /** The real path of the image, or an exception whose message says why the path is refused. */
    static Path resolve(Path realFolder, String reference) throws InvalidImageException {
        if (ImageLoader.isUrl(reference)) {
            throw new InvalidImageException("must be a path relative to the registry file's folder, not a URL");
        }
        if (reference.startsWith("/") || reference.startsWith("\\")) {
            throw new InvalidImageException("must be a path relative to the registry file's folder, not an absolute path");
        }
        Path relative;
        try {
            relative = Path.of(reference);
        } catch (InvalidPathException e) {
            throw new InvalidImageException("not a valid path (" + e.getReason() + ")");
        }
        if (relative.isAbsolute()) {
            throw new InvalidImageException("must be a path relative to the registry file's folder, not an absolute path");
        }
        Path resolved = realFolder.resolve(relative).normalize();
        if (!resolved.startsWith(realFolder)) {
            throw new InvalidImageException("climbs out of the registry file's folder with '..'");
        }
        if (!Files.exists(resolved)) throw new InvalidImageException("image file not found: " + reference);
        Path real;
        try {
            real = resolved.toRealPath();
        } catch (IOException e) {
            throw new InvalidImageException("cannot resolve the image path: " + e.getMessage());
        }
        if (!real.startsWith(realFolder)) {
            throw new InvalidImageException("is a link that leads outside the registry file's folder");
        }
        if (!Files.isRegularFile(real)) throw new InvalidImageException("is not a regular file: " + reference);
        return real;
    }
}
