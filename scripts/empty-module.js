// Stands in for a dependency the bundle never uses (see esbuild.js).
module.exports = {};
