package dev.mlgate.report.internal;

/** Shares a number of lines among titled lists, so that a summary stays within its length whatever the run. */
final class Budget {

    /** Lines a list takes besides its items: a blank line, its title, a blank line, and "and N more". */
    static final int FRAME = 4;

    private Budget() {
    }

    /**
     * How many items of each list to show within {@code available} lines: every non-empty list first gets
     * its frame, then up to its {@code floors} item count, then the rest goes to the lists in order. A list
     * shown whole gives back the line its "and N more" would have taken.
     */
    static int[] share(int available, int[] wanted, int[] floors) {
        int[] shown = new int[wanted.length];
        int left = available;
        for (int size : wanted) {
            left -= size > 0 ? FRAME : 0;
        }
        for (int i = 0; i < wanted.length; i++) {
            int give = Math.max(0, Math.min(Math.min(wanted[i], floors[i]), left));
            shown[i] = give;
            left -= give;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < wanted.length; i++) {
                int give = Math.max(0, Math.min(wanted[i] - shown[i], left));
                shown[i] += give;
                left -= give;
                if (pass == 0 && give > 0 && shown[i] == wanted[i]) {
                    left++; // no "and N more" line for a list shown whole
                }
            }
        }
        return shown;
    }
}
