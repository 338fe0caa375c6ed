// The analyzer lists modules in the order the file system returns them, which differs between
// machines: sorted by path, the committed manifest changes only when an element does.
export default {
  plugins: [
    {
      name: 'partnerkit-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
