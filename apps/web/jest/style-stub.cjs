// Plain stylesheets (e.g. Mantine's) have no effect in jsdom.
module.exports = {};
