// Stands in for stylesheets imported by components: Jest renders markup, the browser applies the styles.
module.exports = {};
