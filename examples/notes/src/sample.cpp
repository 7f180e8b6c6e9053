//===-- sample.cpp - The built-in sample document -------------------------===//
//
// What `notes` shows when it is given no input: a baker's notebook with
// every kind of block the parser knows, characters HTML must escape
// (&, <, >, quotes), UTF-8 text and two sections of the same name.
//
//===----------------------------------------------------------------------===//
#include "document.h"

const char *notes::sampleText() {
  return R"md(# Bread notebook

Notes from a year of baking *naturally leavened* bread at home, kept so
the next loaf is a little better than the last. Weights are in grams,
temperatures in °C, and "hydration" is water ÷ flour.

## Starter

A starter is flour & water colonised by wild yeast and lactic acid
bacteria. Mine is fed once a day at 1:5:5 (starter : flour : water) and is
ready when it has doubled, about 6 hours at 24 °C. A starter that is
fed too rarely turns sour, slow and runny; one kept warm and fed often
turns mild and lively.

- Feed with **whole rye** once a week: it wakes the starter up.
- Keep it in a jar with a loose lid, never airtight.
- If a grey liquid (hooch) forms on top, the starter is hungry: pour it
  off and feed.
- A spoonful that floats in water is ready to leaven dough.

### Notes

The float test lies when the starter is very wet; watch for the dome
and the smell (yoghurt, not nail polish) instead.

## Dough

The base formula, in baker's percentages (flour = 100 %):

```text
flour     1000 g  100 %   (900 white, 100 whole wheat)
water      750 g   75 %
starter    200 g   20 %
salt        20 g    2 %
```

1. Mix flour and 700 g water; rest 45 minutes (autolyse).
2. Add starter, salt and the last 50 g water; squeeze until smooth.
3. Four sets of stretch & folds, 30 minutes apart.
4. Bulk ferment until the dough has grown by half: 4-5 hours at 24 °C.
5. Pre-shape, rest 20 minutes, shape, and proof overnight at 4 °C.

Hydration above 80 % gives an open crumb but a slack dough; below 70 %
the loaf is easy to shape but tight. Whole wheat drinks more water than
white flour, so add 5 % water for every 10 % of whole wheat.

> The dough tells you when it is ready, not the clock. Look for a domed
> top, bubbles at the sides and a jiggle when the tub is shaken.

### Notes

A dough at 26 °C ferments roughly twice as fast as one at 20 °C; the
rule of thumb is that every 2 °C changes the bulk time by a quarter.
Compare [the Tartine method](https://example.org/tartine?ref=notes&lang=en)
with the <b>"no-knead"</b> approach: the first builds strength by folding,
the second by time.

## Baking

Preheat the oven with a cast-iron pot inside to 250 °C for an hour. Bake
covered for 20 minutes, then uncovered at 230 °C for 25 more, until the
crust is deep brown and the loaf sounds hollow when tapped.

- Score at a shallow angle, about 1 cm deep, with one confident stroke.
- Steam matters for the first 20 minutes only; the lid keeps it in.
- Let the bread cool for an hour: the crumb is still setting.

---

## Log

1. *March*: flat and dense, starter not ready; the float test was a lie.
2. *April*: better rise, but the bottom burned; moved the pot up a rack.
3. *May*: first loaf with an ear, crumb open & glossy. Hydration 78 %.
4. *June*: summer heat, bulk done in 3 hours; cold water from now on.
)md";
}
