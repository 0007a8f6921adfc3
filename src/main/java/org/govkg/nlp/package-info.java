/** Chinese segmentation behind one narrow interface; HanLP is used here and nowhere else. */
package org.govkg.nlp;
