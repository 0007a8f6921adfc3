/** Chinese segmentation behind one narrow interface, and traditional-to-simplified conversion; HanLP is used here and nowhere else. */
package org.govkg.nlp;
