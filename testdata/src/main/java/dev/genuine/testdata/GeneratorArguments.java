package dev.genuine.testdata;

import java.nio.file.Path;

/** Parses the generator's command line into a {@link GeneratorConfig}. */
final class GeneratorArguments {
    static final String USAGE = "usage: TestdataGenerator --out DIR [--seed N] [--per-case N] [--size PX] [--no-images]";

    private GeneratorArguments() {
    }

    /** The configuration the arguments ask for; an {@link IllegalArgumentException} says what is wrong. */
    static GeneratorConfig parse(String[] args) {
        GeneratorConfig config = GeneratorConfig.committed(null);
        int perCase = config.listingsPerCase();
        int size = config.imageSize();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--out" -> config = config.withOutputDir(Path.of(value(args, ++i, arg)));
                case "--seed" -> config = config.withSeed(number(value(args, ++i, arg), arg));
                case "--per-case" -> perCase = (int) number(value(args, ++i, arg), arg);
                case "--size" -> size = (int) number(value(args, ++i, arg), arg);
                case "--no-images" -> config = config.withImages(false);
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        if (config.outputDir() == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        return new GeneratorConfig(config.seed(), perCase, size, config.outputDir(), config.writeImages());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String value, String option) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }
}
