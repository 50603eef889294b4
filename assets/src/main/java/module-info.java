/** Theme CSS, icons and bundled example workflows. */
module stepwise.assets {
    exports stepwise.assets;
    opens stepwise.assets;
}
