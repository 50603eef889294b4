/** Theme CSS, icons and bundled example workflows. */
module stepwise.assets {
    requires stepwise.model;

    exports stepwise.assets;
    opens stepwise.assets;
}
