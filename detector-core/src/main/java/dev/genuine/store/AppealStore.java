package dev.genuine.store;

import java.util.List;
import java.util.Optional;

/** Merchants' appeals against takedowns, and their outcomes. */
public interface AppealStore {
    Appeal file(String listingId, String merchantId, String statement);

    Optional<Appeal> get(long id);

    List<Appeal> list(String status);

    Appeal decide(long id, String moderator, boolean upheld, String resolution);
}
