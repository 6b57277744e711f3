window.STUDYSITE_SEARCH_INDEX = {"shards":["search/0.js"],"version":2};
