package org.geokg.extract;

import org.geokg.facts.PartialDate;

/**
 * A time expression found in a sentence, resolved to a date.
 *
 * @param first    its first token
 * @param last     the token after it
 * @param date     the date it denotes
 * @param since    true after "since" (a Hosting's start)
 * @param absolute true when the text gives the date itself rather than relative to publication
 */
record TimeExpression(int first, int last, PartialDate date, boolean since, boolean absolute) {
}
