package dev.genuine.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two registry versions, one line per added, removed or changed item. */
public record RegistryDiff(int from, int to, List<Change> changes) {
    /** One change: {@code kind} is "added", "removed" or "changed"; {@code what} e.g. "mark aurelia-word". */
    public record Change(String kind, String rightsHolderId, String what, String detail) {}

    public RegistryDiff {
        changes = List.copyOf(changes);
    }

    public static RegistryDiff between(Registry a, Registry b) {
        List<Change> out = new ArrayList<>();
        Map<String, RightsHolderEntry> left = a.byId(), right = b.byId();
        for (String id : new TreeSet<>(union(left.keySet(), right.keySet()))) {
            RightsHolderEntry x = left.get(id), y = right.get(id);
            if (x == null) out.add(new Change("added", id, "rights holder " + id, y.holder().name()));
            else if (y == null) out.add(new Change("removed", id, "rights holder " + id, x.holder().name()));
            else {
                if (!x.holder().equals(y.holder())) out.add(new Change("changed", id, "rights holder " + id, "name or contact"));
                compare(out, id, "mark", x.marks(), y.marks(), Mark::id);
                compare(out, id, "product", x.products(), y.products(), Product::id);
                for (String s : new TreeSet<>(y.authorizedSellers())) {
                    if (!x.authorizedSellers().contains(s)) out.add(new Change("added", id, "authorized seller " + s, ""));
                }
                for (String s : new TreeSet<>(x.authorizedSellers())) {
                    if (!y.authorizedSellers().contains(s)) out.add(new Change("removed", id, "authorized seller " + s, ""));
                }
            }
        }
        return new RegistryDiff(a.version(), b.version(), out);
    }

    private static <T> void compare(List<Change> out, String holder, String noun, List<T> xs, List<T> ys, Function<T, String> id) {
        Map<String, T> left = xs.stream().collect(Collectors.toMap(id, t -> t, (p, q) -> p));
        Map<String, T> right = ys.stream().collect(Collectors.toMap(id, t -> t, (p, q) -> p));
        for (String k : new TreeSet<>(union(left.keySet(), right.keySet()))) {
            T x = left.get(k), y = right.get(k);
            if (x == null) out.add(new Change("added", holder, noun + " " + k, ""));
            else if (y == null) out.add(new Change("removed", holder, noun + " " + k, ""));
            else if (!Objects.equals(x, y)) out.add(new Change("changed", holder, noun + " " + k, ""));
        }
    }

    private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        var u = new java.util.HashSet<T>(a);
        u.addAll(b);
        return u;
    }
}
