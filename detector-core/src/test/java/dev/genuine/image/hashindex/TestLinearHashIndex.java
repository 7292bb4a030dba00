package dev.genuine.image.hashindex;

class TestLinearHashIndex extends HashIndexTestBase {
    @Override
    <T> HashIndex<T> newIndex() {
        return new LinearHashIndex<>();
    }
}
